package shelf.launcher.gs1;

import java.util.List;

import shelf.api.catalog.Sku;
import shelf.api.rules.CheckedRule;
import shelf.api.rules.ProductCheck;
import shelf.api.rules.RuleCheck;

/**
 * A third party's rule check, "gtin-prefix": a SKU's barcode must begin with one of the rule's "prefixes" (the GS1
 * prefixes of the countries a shop may sell from). Nothing of it is in Shelf's bundles.
 */
public final class GtinPrefixCheck implements RuleCheck {

    @Override
    public ProductCheck prepare(CheckedRule rule) {
        if (!rule.perSku()) {
            throw new IllegalArgumentException("check 'gtin-prefix' reads a SKU's barcode: give \"field\": \"skus.barcode\"");
        }
        if (!(rule.parameters().get("prefixes") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("\"prefixes\" must be a non-empty list of GS1 prefixes, such as [\"690\", \"691\"]");
        }
        List<String> prefixes = list.stream().map(String::valueOf).toList();
        return (product, batch, findings) -> {
            for (Sku sku : product.skus()) {
                Object value = rule.value(sku);
                String barcode = value == null ? "" : value.toString();
                if (!barcode.isBlank() && prefixes.stream().noneMatch(barcode::startsWith)) {
                    findings.add(sku, barcode, "前缀 " + barcode.substring(0, Math.min(3, barcode.length())));
                }
            }
        };
    }
}
