package shelf.api.rules;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.Sku;

/**
 * Where a {@link ProductCheck} reports what it found in one product. Shelf makes each finding from the rule:
 * its code and severity, the field's path in the product ("skus[SKU-1].barcode"), the spreadsheet cell the
 * value came from, and the rule's message with {value} and {detail} filled in.
 */
@ProviderType
public interface RuleFindings {

    /**
     * A problem with the rule's own field.
     *
     * @param sku the SKU at fault for a SKU field; {@code null} for a product field
     * @param value the value found, for the message's {value}
     * @param detail what the check saw, for the message's {detail} (may be {@code null})
     */
    void add(Sku sku, Object value, String detail);

    /** A problem with another field of the product, named as a rule names fields ("title", "skus.barcode"). */
    void add(String field, Sku sku, Object value, String detail);

    /**
     * For long work (a loop over a long text or many images): call it every so often. Once the rule has
     * used its time on this product it throws, and the rule becomes the error finding {@code rule.timeout}.
     * A check that never calls it is judged when it returns.
     */
    void spend();
}
