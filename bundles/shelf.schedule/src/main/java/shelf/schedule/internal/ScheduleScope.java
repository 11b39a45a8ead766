package shelf.schedule.internal;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.security.Subject;

/**
 * Whether a scheduled publish is in a caller's scope: the caller made it, or every merchant whose products it
 * names is one the caller sees. A schedule is a merchant-level object, like a batch: categories do not split it.
 */
final class ScheduleScope {
    private final CatalogStore store;

    ScheduleScope(CatalogStore store) {
        this.store = store;
    }

    boolean sees(Subject by, ScheduledPublish s) throws CatalogException {
        if (by.scope().isUnrestricted() || by.name().equals(s.request().requestedBy())) {
            return true;
        }
        if (s.request().batchId() != null) {
            return store.batch(Subject.SYSTEM, s.request().batchId()).map(StoredBatch::merchant)
                    .map(m -> by.scope().allowsMerchant(m)).orElse(false);
        }
        boolean any = false;
        for (String spu : s.request().spuCodes()) {
            for (StoredProduct p : store.product(Subject.SYSTEM, spu)) {
                if (!by.scope().allowsMerchant(p.product().merchant())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
