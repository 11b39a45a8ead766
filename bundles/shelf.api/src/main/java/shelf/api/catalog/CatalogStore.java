package shelf.api.catalog;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The catalogue: batches, products with their SKUs, where each value came from, and the row errors of
 * each import. The default implementation is an embedded H2 database under SHELF_HOME/data; a shared
 * PostgreSQL implementation can follow behind the same interface.
 */
@ProviderType
public interface CatalogStore {
    /**
     * Stores one imported file in a single transaction: the batch, its row errors, and every product as an
     * upsert keyed by (merchant, SPU code). A product whose content is the same as stored is counted
     * unchanged and not rewritten; a changed one is updated and the change recorded. All or nothing, also
     * when the process dies half-way.
     */
    StoredBatch store(NewBatch batch) throws CatalogException;

    /** Every batch, oldest first. */
    List<StoredBatch> batches() throws CatalogException;

    Optional<StoredBatch> batch(long id) throws CatalogException;

    /** The row errors of a batch, in row and column order. */
    List<RowError> errors(long batchId) throws CatalogException;

    /** Products matching the query, by merchant and SPU code. */
    List<StoredProduct> products(ProductQuery query) throws CatalogException;

    /** How many products match the query (its limit aside), without reading them. */
    int count(ProductQuery query) throws CatalogException;

    /** Every merchant's product with this SPU code (usually one). */
    List<StoredProduct> product(String spuCode) throws CatalogException;

    /** What changed in a product, oldest first: one entry per import that created or changed it. */
    List<ProductChange> history(String merchant, String spuCode) throws CatalogException;

    /**
     * Replaces the content of a stored product (found by its merchant and SPU code) and records the change
     * in its history, as an edit by {@code user} in the batch that last touched it. A product whose content
     * is the same is left as it is. Throws when no such product is stored.
     *
     * @since 1.1
     */
    StoredProduct update(Product product, String user) throws CatalogException;
}
