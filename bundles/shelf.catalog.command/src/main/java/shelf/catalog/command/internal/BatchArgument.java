package shelf.catalog.command.internal;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredBatch;
import shelf.api.security.Subject;

/** Finds the batch a user named by its id; the store refuses one outside the user's scope. */
final class BatchArgument {
    private BatchArgument() {}

    static StoredBatch find(CatalogStore store, Subject subject, long id) throws CatalogException {
        return store.batch(subject, id).orElseThrow(() -> unknown(id));
    }

    static IllegalArgumentException unknown(long id) {
        return new IllegalArgumentException("no batch " + id + " — see batch:list");
    }
}
