package shelf.rules.engine.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;

/**
 * unique: a value (SKU code, barcode, SPU code) that occurs more than once for the same merchant — within
 * the batch, or in another product of the merchant's catalogue. The counts are built once per batch and
 * shared by every thread; each occurrence in the batch gets its finding, so the operator sees every row
 * involved.
 */
record UniqueRule(RuleHead head) implements Rule {

    /** How often each merchant's value occurs in the batch, and which stored products outside it hold it. */
    private record Counts(Map<String, Integer> inBatch, Map<String, String> inCatalogue) {
    }

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        Counts counts = batch.shared(head.pack() + "/" + head.id(), products -> count(products, batch));
        FieldPath field = head.field();
        if (!field.perSku()) {
            report(product, null, field.value(product), counts, batch, out);
            return;
        }
        for (Sku sku : product.skus()) {
            report(product, sku, field.value(sku), counts, batch, out);
        }
    }

    private void report(Product product, Sku sku, Object value, Counts counts, BatchContext batch, List<Finding> out) {
        if (ValueCheck.isEmpty(value)) {
            return;
        }
        String key = key(product, value);
        int count = counts.inBatch().getOrDefault(key, 0);
        String elsewhere = counts.inCatalogue().get(key);
        if (count > 1 || elsewhere != null) {
            String detail = (count > 1 ? "本批出现" + count + "次" : "")
                    + (count > 1 && elsewhere != null ? "，" : "")
                    + (elsewhere != null ? "商品库中商品" + elsewhere + "已使用" : "");
            out.add(head.finding(product, sku, batch, value, detail));
        }
    }

    private Counts count(List<Product> products, BatchContext batch) {
        Map<String, Integer> inBatch = new HashMap<>();
        Map<String, Set<String>> valuesByMerchant = new LinkedHashMap<>();
        Set<String> batchProducts = new HashSet<>();
        for (Product product : products) {
            Set<String> values = valuesByMerchant.computeIfAbsent(product.merchant(), m -> new HashSet<>());
            batchProducts.add(product.merchant() + '\u0000' + product.spuCode());
            values(product).forEach(v -> {
                inBatch.merge(key(product, v), 1, Integer::sum);
                values.add(String.valueOf(v));
            });
        }
        Map<String, String> inCatalogue = new HashMap<>();
        for (Map.Entry<String, Set<String>> merchant : valuesByMerchant.entrySet()) {
            // only the stored products holding one of the batch's values, found by the catalogue's index
            for (Product stored : batch.catalogue(merchant.getKey(), head.field().path(), merchant.getValue())) {
                if (batchProducts.contains(stored.merchant() + '\u0000' + stored.spuCode())) {
                    continue; // the batch's own products count with the batch's values
                }
                values(stored).forEach(v -> {
                    String key = key(stored, v);
                    if (inBatch.containsKey(key)) {
                        inCatalogue.putIfAbsent(key, stored.spuCode());
                    }
                });
            }
        }
        return new Counts(Map.copyOf(inBatch), Map.copyOf(inCatalogue));
    }

    private List<Object> values(Product product) {
        FieldPath field = head.field();
        if (!field.perSku()) {
            Object value = field.value(product);
            return ValueCheck.isEmpty(value) ? List.of() : List.of(value);
        }
        return product.skus().stream().map(field::value).filter(v -> !ValueCheck.isEmpty(v)).toList();
    }

    private static String key(Product product, Object value) {
        return product.merchant() + '\u0000' + value;
    }
}
