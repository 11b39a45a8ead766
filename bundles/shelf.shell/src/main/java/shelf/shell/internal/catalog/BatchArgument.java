package shelf.shell.internal.catalog;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredBatch;

/** Finds the batch a user named by its id. */
final class BatchArgument {
    private BatchArgument() {}

    static StoredBatch find(CatalogStore store, long id) throws CatalogException {
        return store.batch(id).orElseThrow(() -> unknown(id));
    }

    static IllegalArgumentException unknown(long id) {
        return new IllegalArgumentException("no batch " + id + " — see batch:list");
    }
}
