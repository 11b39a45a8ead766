package shelf.core.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.rules.BatchContext;
import shelf.api.rules.Finding;

/**
 * unique: a value (SKU code, barcode, SPU code) that occurs more than once for the same merchant within
 * the batch. The counts are built once per batch and shared by every thread; each occurrence of a
 * duplicate gets its finding, so the operator sees every row involved.
 */
record UniqueRule(RuleHead head) implements Rule {

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        Map<String, Integer> counts = batch.shared(head.pack() + "/" + head.id(), this::count);
        FieldPath field = head.field();
        if (!field.perSku()) {
            report(product, null, field.value(product), counts, batch, out);
            return;
        }
        for (Sku sku : product.skus()) {
            report(product, sku, field.value(sku), counts, batch, out);
        }
    }

    private void report(Product product, Sku sku, Object value, Map<String, Integer> counts, BatchContext batch,
            List<Finding> out) {
        if (ValueCheck.isEmpty(value)) {
            return;
        }
        int count = counts.getOrDefault(key(product, value), 0);
        if (count > 1) {
            out.add(head.finding(product, sku, batch, value, "本批出现" + count + "次"));
        }
    }

    private Map<String, Integer> count(List<Product> products) {
        Map<String, Integer> counts = new HashMap<>();
        FieldPath field = head.field();
        for (Product product : products) {
            if (!field.perSku()) {
                add(counts, product, field.value(product));
                continue;
            }
            for (Sku sku : product.skus()) {
                add(counts, product, field.value(sku));
            }
        }
        return Map.copyOf(counts);
    }

    private static void add(Map<String, Integer> counts, Product product, Object value) {
        if (!ValueCheck.isEmpty(value)) {
            counts.merge(key(product, value), 1, Integer::sum);
        }
    }

    private static String key(Product product, Object value) {
        return product.merchant() + '\u0000' + value;
    }
}
