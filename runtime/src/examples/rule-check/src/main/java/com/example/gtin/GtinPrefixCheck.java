package com.example.gtin;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import shelf.api.catalog.Sku;
import shelf.api.rules.CheckedRule;
import shelf.api.rules.ProductCheck;
import shelf.api.rules.RuleCheck;

/**
 * The rule check "gtin-prefix": a SKU's barcode must begin with one of the rule's "prefixes" — the GS1 prefixes
 * of the countries a shop may sell goods from (690–699: mainland China). A rule using it:
 *
 * <pre>
 * {"id": "cn-prefix", "code": "barcode.not-chinese", "field": "skus.barcode", "check": "gtin-prefix",
 *  "prefixes": ["690", "691", "692"], "severity": "warning", "message": "条形码{value}不是中国大陆的号段（{detail}）"}
 * </pre>
 */
@Component(property = RuleCheck.KIND + "=gtin-prefix")
public class GtinPrefixCheck implements RuleCheck {

    /** Called when a pack is deployed: a wrong parameter refuses the pack, with this message, file and rule. */
    @Override
    public ProductCheck prepare(CheckedRule rule) {
        if (!rule.perSku()) {
            throw new IllegalArgumentException("check 'gtin-prefix' reads a SKU's barcode: give \"field\": \"skus.barcode\"");
        }
        if (!(rule.parameters().get("prefixes") instanceof List<?> list) || list.isEmpty()
                || list.stream().anyMatch(p -> !(p instanceof String s) || !s.matches("\\d{1,7}"))) {
            throw new IllegalArgumentException("\"prefixes\" must be a non-empty list of GS1 prefixes (digits), such as [\"690\", \"691\"]");
        }
        List<String> prefixes = list.stream().map(String.class::cast).toList();
        // Called for every product, from several threads at once: it only reads what prepare made.
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
