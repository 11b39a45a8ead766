package shelf.rules.engine.internal;

import java.util.Objects;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * What every rule of a pack has besides its check: id, finding code, severity, field, message and the
 * pack it belongs to — and the one way a finding is made from them. The message may name the value
 * ({value}) and what the check found ({detail}: the banned words, the length). {@code parameters} are the
 * check's parameters as written, for rules:show.
 */
record RuleHead(String id, String code, Severity severity, FieldPath field, String message, String pack, String check,
        String parameters) {

    RuleHead(String id, String code, Severity severity, FieldPath field, String message, String pack, String check) {
        this(id, code, severity, field, message, pack, check, "");
    }

    Finding finding(Product product, Sku sku, BatchContext batch, Object value, String detail) {
        return finding(field, product, sku, batch, value, detail);
    }

    /** A finding about another field than the rule's (a plugin check may report one). */
    Finding finding(FieldPath at, Product product, Sku sku, BatchContext batch, Object value, String detail) {
        String key = at.key(at.perSku() ? sku : null);
        String text = message.replace("{value}", value == null ? "" : String.valueOf(value))
                .replace("{detail}", Objects.requireNonNullElse(detail, ""));
        return new Finding(code, severity, product.merchant(), product.spuCode(), sku == null ? "" : sku.skuCode(),
                key, batch.source(product, key), text, pack);
    }
}
