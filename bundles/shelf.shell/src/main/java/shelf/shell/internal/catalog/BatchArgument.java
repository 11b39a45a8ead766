package shelf.shell.internal.catalog;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredBatch;
import shelf.api.security.DataScope;

/** Finds the batch a user named by its id. */
final class BatchArgument {
    private BatchArgument() {}

    static StoredBatch find(CatalogStore store, long id) throws CatalogException {
        return store.batch(id).orElseThrow(() -> unknown(id));
    }

    /** The batch, when the user's data scope has its merchant; another merchant's batch is not there for them. */
    static StoredBatch find(CatalogStore store, long id, DataScope scope) throws CatalogException {
        return store.batch(id).filter(b -> scope.allowsMerchant(b.merchant())).orElseThrow(() -> unknown(id));
    }

    static IllegalArgumentException unknown(long id) {
        return new IllegalArgumentException("no batch " + id + " — see batch:list");
    }
}
