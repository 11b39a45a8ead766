package shelf.catalog.spi;

import shelf.api.catalog.CatalogException;

/**
 * A catalogue that takes a batch product by product, so an import of 100,000 rows never holds them all
 * in memory: products go into the open transaction as the file is read, and the batch becomes visible
 * only at {@link BatchWriter#commit}. Internal to shelf.core for now; a candidate for shelf.api.
 */
public interface BatchStore {
    /**
     * Opens a batch; until it is committed nothing of it is visible, and if the process dies nothing of it
     * remains.
     *
     * @param merchant the merchant, when one is known at the start (the commit may name it)
     */
    BatchWriter begin(String merchant, String file, String sheet, String importedBy) throws CatalogException;
}
