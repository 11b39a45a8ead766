package shelf.core.internal.catalog;

import java.util.List;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;

/** One batch being stored, in one transaction. Closing a batch that was not committed rolls it back. */
public interface BatchWriter extends AutoCloseable {
    /** Upserts one product by (merchant, SPU code); a product may appear only once in a batch. */
    void add(ImportedProduct product) throws CatalogException;

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
