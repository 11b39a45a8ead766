package shelf.api.rules;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.finding.Severity;

/** A rule of a pack as its {@link RuleCheck} sees it: what the pack's JSON says, read and checked by Shelf. */
@ProviderType
public interface CheckedRule {

    /** The pack, as "id@version" ("apparel@1.2.0"). */
    String pack();

    /** The rule's id within its pack. */
    String id();

    /** The finding code the rule reports ("barcode.unknown-prefix"). */
    String code();

    Severity severity();

    /** The field as the rule names it: "title", "attributes.材质", "skus.barcode", "skus.specs.颜色". */
    String field();

    /** Whether the field is a SKU's ("skus.…"): then {@link #value(Sku)} reads it, else {@link #value(Product)}. */
    boolean perSku();

    /** The value of a product field in this product; {@code null} for a SKU field. */
    Object value(Product product);

    /** The value of a SKU field in this SKU; {@code null} for a product field. */
    Object value(Sku sku);

    /**
     * The rule's keys besides id, code, field, check, severity and message, as JSON gives them: text as
     * {@code String}, numbers as {@code java.math.BigDecimal}, true/false as {@code Boolean}, lists as
     * {@code List}, objects as {@code Map}. Unmodifiable; keys in the order written.
     */
    Map<String, Object> parameters();
}
