package shelf.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.Sku;
import shelf.api.catalog.SkuMatrix;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;

/**
 * sku:generate: one SKU per combination of spec values, in the order written (the first spec varies
 * slowest), each with a code from the pattern that no other SKU of the merchant has.
 */
@Component(service = SkuMatrix.class)
public class CartesianSkus implements SkuMatrix {
    /** A spreadsheet row per SKU would be unusable past this; so would the listing. */
    static final int MAX_SKUS = 600;

    @Reference
    CatalogStore store;

    @Reference
    AuditLog audit;

    @Reference
    CommandAccess access;

    @Override
    public StoredProduct generate(Subject subject, StoredProduct stored, String spec, BigDecimal price, int stock,
            String codePattern) throws CatalogException {
        if (!subject.isAdmin()) {
            access.check(subject, "sku:generate");
        }
        Product p = stored.product();
        subject.requireScope("product " + p.merchant() + "/" + p.spuCode(), p.merchant(), p.categoryPath());
        String user = subject.name();
        if (price == null || price.signum() < 0) {
            throw new CatalogException("--price must be a price in yuan, e.g. 99.00");
        }
        if (stock < 0) {
            throw new CatalogException("--stock " + stock + " is negative — give the units in stock, e.g. 100");
        }
        String pattern = codePattern == null || codePattern.isBlank() ? "{spu}-{n}" : codePattern.strip();
        List<Map<String, String>> combinations = combinations(parse(spec));
        Set<String> taken = takenCodes(p);
        Set<String> codes = new HashSet<>();
        List<Sku> skus = new ArrayList<>();
        int n = 0;
        for (Map<String, String> specs : combinations) {
            String code = code(pattern, p.spuCode(), ++n, specs);
            if (!codes.add(code)) {
                throw new CatalogException("--code-pattern \"" + pattern + "\" gives the code " + code
                        + " twice — put {n} or every spec name ({颜色}) in it");
            }
            if (taken.contains(code)) {
                throw new CatalogException("The SKU code " + code + " is already used by another product of "
                        + p.merchant() + " — choose another --code-pattern");
            }
            skus.add(new Sku(code, "", specs, null, price, null, null, stock, null));
        }
        Product changed = new Product(p.merchant(), p.spuCode(), p.title(), p.subtitle(), p.categoryPath(), p.brand(),
                p.attributes(), p.description(), p.tags(), p.mainImages(), p.detailImages(), p.video(),
                p.shippingTemplate(), p.returnPolicy(), p.dispatchHours(), skus);
        StoredProduct after = store.update(subject, changed);
        audit.append(AuditEntry.of(user, "sku:generate", List.of("product:" + p.merchant() + "/" + p.spuCode()),
                digest(p), digest(changed), skus.size() + " SKUs from " + spec));
        return after;
    }

    /** "颜色=红色,黑色;尺码=S,M,L" → {颜色: [红色, 黑色], 尺码: [S, M, L]}, in the order written. */
    static Map<String, List<String>> parse(String spec) throws CatalogException {
        Map<String, List<String>> specs = new LinkedHashMap<>();
        String text = spec == null ? "" : spec.strip();
        for (String part : text.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? "" : part.substring(0, eq).strip();
            List<String> values = eq < 0 ? List.of() : new ArrayList<>(List.of(part.substring(eq + 1).split("[,，]")))
                    .stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (name.isEmpty() || values.isEmpty()) {
                throw new CatalogException("--spec: '" + part.strip() + "' is not NAME=VALUE,VALUE — write e.g. "
                        + "\"颜色=红色,黑色;尺码=S,M,L\"");
            }
            if (specs.put(name, values) != null) {
                throw new CatalogException("--spec names " + name + " twice — give each spec once");
            }
        }
        if (specs.isEmpty()) {
            throw new CatalogException("--spec is empty — write e.g. \"颜色=红色,黑色;尺码=S,M,L\"");
        }
        long count = specs.values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (count > MAX_SKUS) {
            throw new CatalogException("--spec gives " + count + " combinations; at most " + MAX_SKUS + " SKUs a product");
        }
        return specs;
    }

    static List<Map<String, String>> combinations(Map<String, List<String>> specs) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> spec : specs.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : spec.getValue()) {
                    Map<String, String> extended = new LinkedHashMap<>(partial);
                    extended.put(spec.getKey(), value);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }

    static String code(String pattern, String spu, int n, Map<String, String> specs) {
        String code = pattern.replace("{spu}", spu).replace("{n}", Integer.toString(n));
        for (Map.Entry<String, String> e : specs.entrySet()) {
            code = code.replace("{" + e.getKey() + "}", e.getValue());
        }
        return code;
    }

    /** The SKU codes of the merchant's other products. */
    private Set<String> takenCodes(Product p) throws CatalogException {
        Set<String> taken = new HashSet<>();
        for (StoredProduct other : store.products(Subject.SYSTEM, new ProductQuery(null, "", p.merchant(), 0))) {
            if (!other.product().spuCode().equals(p.spuCode())) {
                other.product().skus().forEach(s -> taken.add(s.skuCode()));
            }
        }
        return taken;
    }

    private static String digest(Product p) {
        return java.util.HexFormat.of().formatHex(ProductEdit.sha256(ProductJson.write(p)));
    }
}
