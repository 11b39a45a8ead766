package shelf.catalog.spi;

import java.util.List;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;

/** One batch being stored, in one transaction. Closing a batch that was not committed rolls it back. */
public interface BatchWriter extends AutoCloseable {
    /** Upserts one product by (merchant, SPU code); a product may appear only once in a batch. */
    default void add(ImportedProduct product) throws CatalogException {
        add(prepare(product.product(), (skus, file, sheet) -> SourceCodec.encode(product.sources(), skus, file, sheet)));
    }

    /** Upserts one product read from a file, with where its values came from. */
    default void add(Product product, ProductSources sources) throws CatalogException {
        add(prepare(product, sources));
    }

    /**
     * The work of storing a product that needs no database, done on the calling thread: a caller that reads
     * on one thread and stores on another ({@link QueuedBatchWriter}) splits the work between two cores.
     * Called from one thread at a time.
     */
    PreparedProduct prepare(Product product, ProductSources sources);

    /** Upserts a product prepared by {@link #prepare}. */
    void add(PreparedProduct product) throws CatalogException;

    /**
     * Commits the batch with its row errors; before this, nothing of it is visible.
     *
     * @param merchant the batch's merchant as listed (one name, or several joined)
     * @param rows data rows read
     */
    StoredBatch commit(String merchant, int rows, List<RowError> errors) throws CatalogException;

    /** Rolls back unless committed. */
    @Override
    void close();
}
