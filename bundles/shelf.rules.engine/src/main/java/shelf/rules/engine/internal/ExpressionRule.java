package shelf.rules.engine.internal;

import java.util.Collection;
import java.util.List;

import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;

/**
 * expression: a cross-field condition that must hold ("promoPrice <= salePrice"). With a SKU field the
 * expression is evaluated once per SKU and sees the SKU's fields and the product's; otherwise once per
 * product. It is evaluated only when every field it names has a value: a missing price is the
 * "required" rule's finding, not this one's. An empty list is a value, though: size(detailImages) is 0,
 * so an image count over several lists still holds when one of them is empty.
 */
record ExpressionRule(RuleHead head, String source, JexlScript script, List<String> names) implements Rule {

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        if (!head.field().perSku()) {
            evaluate(product, null, batch, out);
            return;
        }
        for (Sku sku : product.skus()) {
            evaluate(product, sku, batch, out);
        }
    }

    private void evaluate(Product product, Sku sku, BatchContext batch, List<Finding> out) {
        MapContext context = new MapContext();
        for (String name : names) {
            Object value = valueOf(name, product, sku);
            if (!(value instanceof Collection<?>) && ValueCheck.isEmpty(value)) {
                return;
            }
            context.set(name, value);
        }
        Object result;
        try {
            result = script.execute(context);
        } catch (JexlException e) {
            if (e.getCause() instanceof RuleBudget.Overrun overrun) {
                throw overrun;
            }
            out.add(head.finding(product, sku, batch, source, "表达式无法计算：" + SandboxedExpressions.reason(e)));
            return;
        } catch (IllegalArgumentException e) {   // a regex taken from a field's value that rule patterns refuse
            out.add(head.finding(product, sku, batch, source, "表达式无法计算：" + e.getMessage()));
            return;
        }
        if (!Boolean.TRUE.equals(result)) {
            out.add(head.finding(product, sku, batch, valueOf(firstName(), product, sku), source));
        }
    }

    private String firstName() {
        return names.isEmpty() ? "" : names.get(0);
    }

    /** A name's value: the SKU's field if it has one by that name, else the product's. */
    static Object valueOf(String name, Product product, Sku sku) {
        if (sku != null && FieldPath.SKU_FIELDS.containsKey(name)) {
            return FieldPath.SKU_FIELDS.get(name).apply(sku);
        }
        var field = FieldPath.PRODUCT_FIELDS.get(name);
        return field == null ? null : field.apply(product);
    }

    /** Whether an expression may name this field. */
    static boolean known(String name, boolean perSku) {
        return FieldPath.PRODUCT_FIELDS.containsKey(name) || perSku && FieldPath.SKU_FIELDS.containsKey(name);
    }
}
