package shelf.rules.engine.internal;

import java.util.List;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;

/** A value check on one field: one finding per product for a product field, one per SKU for a SKU field. */
record FieldRule(RuleHead head, ValueCheck check) implements Rule {

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        FieldPath field = head.field();
        if (!field.perSku()) {
            Object value = field.value(product);
            String violation = check.violation(value);
            if (violation != null) {
                out.add(head.finding(product, null, batch, value, violation));
            }
            return;
        }
        for (Sku sku : product.skus()) {
            Object value = field.value(sku);
            String violation = check.violation(value);
            if (violation != null) {
                out.add(head.finding(product, sku, batch, value, violation));
            }
        }
    }
}
