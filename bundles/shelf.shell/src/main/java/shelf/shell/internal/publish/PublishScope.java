package shelf.shell.internal.publish;

import java.util.List;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.Subject;

/** A user publishes only products in their data scope: the batch's merchant, or each product named. */
final class PublishScope {
    private PublishScope() {}

    static void check(Subject me, CatalogStore store, Long batch, List<String> spus) throws CatalogException {
        if (me.scope().isUnrestricted()) {
            return;
        }
        if (batch != null) {
            String merchant = store.batch(Subject.SYSTEM, batch).map(b -> b.merchant()).orElse("");
            if (!merchant.isEmpty() && !me.scope().allowsMerchant(merchant)) {
                throw new IllegalArgumentException("no batch " + batch + " — see batch:list");
            }
            return;
        }
        for (String spu : spus) {
            for (StoredProduct p : store.product(Subject.SYSTEM, spu)) {
                if (!me.scope().allows(p.product().merchant(), p.product().categoryPath())) {
                    throw new IllegalArgumentException(me.name() + " may not publish " + spu + " of merchant "
                            + p.product().merchant() + ": outside their data scope");
                }
            }
        }
    }
}
