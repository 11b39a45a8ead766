package shelf.api.catalog;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * A product as the catalogue holds it now.
 *
 * @param product the product
 * @param batchId the batch that last created or changed it
 * @param sources field path → the cell each value came from; wrapped read-only, not copied (a store may
 *     decode it only when asked), so pass a map nobody changes afterwards
 * @param revision 1 when created, one more at every change
 * @param updatedAt when it last changed
 */
public record StoredProduct(Product product, long batchId, Map<String, SourceCell> sources, int revision,
        Instant updatedAt) {

    public StoredProduct {
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(sources);
    }
}
