package shelf.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * The field paths that differ between two revisions of a product, named as the sources are:
 * "title", "attributes.材质", "skus[SKU-1].salePrice", "skus[SKU-9]" for a SKU added or removed. When
 * only an order changed (attributes, SKUs) the container itself is named.
 */
final class ProductDiff {
    private ProductDiff() {}

    static List<String> changedFields(Product before, Product after) {
        List<String> changed = new ArrayList<>();
        field(changed, "title", before.title(), after.title());
        field(changed, "subtitle", before.subtitle(), after.subtitle());
        field(changed, "categoryPath", before.categoryPath(), after.categoryPath());
        field(changed, "brand", before.brand(), after.brand());
        map(changed, "attributes", before.attributes(), after.attributes());
        field(changed, "description", before.description(), after.description());
        field(changed, "tags", before.tags(), after.tags());
        field(changed, "mainImages", before.mainImages(), after.mainImages());
        field(changed, "detailImages", before.detailImages(), after.detailImages());
        field(changed, "video", before.video(), after.video());
        field(changed, "shippingTemplate", before.shippingTemplate(), after.shippingTemplate());
        field(changed, "returnPolicy", before.returnPolicy(), after.returnPolicy());
        field(changed, "dispatchHours", before.dispatchHours(), after.dispatchHours());
        skus(changed, before.skus(), after.skus());
        return changed;
    }

    private static void skus(List<String> changed, List<Sku> before, List<Sku> after) {
        Map<String, Sku> old = new HashMap<>();
        before.forEach(s -> old.put(s.skuCode(), s));
        Set<String> seen = new LinkedHashSet<>();
        int size = changed.size();
        for (Sku now : after) {
            String path = "skus[" + now.skuCode() + "]";
            seen.add(now.skuCode());
            Sku was = old.get(now.skuCode());
            if (was == null) {
                changed.add(path);
                continue;
            }
            field(changed, path + ".barcode", was.barcode(), now.barcode());
            map(changed, path + ".specs", was.specs(), now.specs());
            field(changed, path + ".costPrice", was.costPrice(), now.costPrice());
            field(changed, path + ".salePrice", was.salePrice(), now.salePrice());
            field(changed, path + ".promoPrice", was.promoPrice(), now.promoPrice());
            field(changed, path + ".marketPrice", was.marketPrice(), now.marketPrice());
            field(changed, path + ".stock", was.stock(), now.stock());
            field(changed, path + ".weightKg", was.weightKg(), now.weightKg());
            map(changed, path + ".attributes", was.attributes(), now.attributes());
            field(changed, path + ".image", was.image(), now.image());
        }
        for (Sku was : before) {
            if (!seen.contains(was.skuCode())) {
                changed.add("skus[" + was.skuCode() + "]");
            }
        }
        if (changed.size() == size && !codes(before).equals(codes(after))) {
            changed.add("skus");
        }
    }

    private static List<String> codes(List<Sku> skus) {
        return skus.stream().map(Sku::skuCode).toList();
    }

    /** Exact comparison: 12.5 and 12.50 differ, as they differ in the stored document. */
    private static void field(List<String> changed, String path, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(path);
        }
    }

    private static void map(List<String> changed, String path, Map<String, String> before, Map<String, String> after) {
        int size = changed.size();
        for (Map.Entry<String, String> e : after.entrySet()) {
            field(changed, path + "." + e.getKey(), before.get(e.getKey()), e.getValue());
        }
        for (String name : before.keySet()) {
            if (!after.containsKey(name)) {
                changed.add(path + "." + name);
            }
        }
        if (changed.size() == size && !List.copyOf(before.keySet()).equals(List.copyOf(after.keySet()))) {
            changed.add(path);
        }
    }
}
