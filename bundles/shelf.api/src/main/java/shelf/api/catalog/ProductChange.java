package shelf.api.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One import that created or changed a product.
 *
 * @param batchId the batch
 * @param revision the product's revision after the change
 * @param changedFields field paths whose values differ from the revision before ("title",
 *     "skus[SKU-1].salePrice"); empty when the product was created
 * @param beforeDigest SHA-256 of the product's content before, empty when created
 * @param afterDigest SHA-256 after
 * @param at when
 */
public record ProductChange(long batchId, int revision, List<String> changedFields, String beforeDigest,
        String afterDigest, Instant at) {

    public ProductChange {
        changedFields = Values.list(changedFields);
        beforeDigest = Values.text(beforeDigest);
    }
}
