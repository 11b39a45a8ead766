package shelf.publish.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishRequest;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.Subject;

/**
 * The products a publish request names, as the caller may publish them. A batch outside the caller's
 * merchants is refused; so is a batch holding products outside a category-scoped caller's categories (the
 * caller names the SPU codes of their own instead: a publish never silently does less than it says). An SPU
 * code resolves only among the products the caller sees; a code that names only others' products is refused.
 * Public for the scheduler, which checks a request when it is made and again when it fires.
 */
public final class ScopedProducts {
    private ScopedProducts() {}

    public static List<StoredProduct> of(CatalogStore store, Subject by, PublishRequest request)
            throws CatalogException, PublishException {
        if (request.batchId() != null) {
            long id = request.batchId();
            StoredBatch batch = store.batch(Subject.SYSTEM, id)
                    .orElseThrow(() -> new PublishException("no batch " + id + " — see batch:list"));
            by.requireScope("batch " + id, batch.merchant(), null);
            List<StoredProduct> products = store.products(Subject.SYSTEM, new ProductQuery(id, "", "", 0));
            long outside = products.stream().filter(p -> !sees(by, p)).count();
            if (outside > 0) {
                throw new AccessRefusedException("batch " + id + " has " + outside + " product" + (outside == 1 ? "" : "s")
                        + " outside " + by.name() + "'s data scope (" + by.scope().describe()
                        + ") — publish yours in it by SPU code");
            }
            return products;
        }
        if (request.spuCodes().isEmpty()) {
            throw new PublishException("name a batch or at least one SPU code to publish");
        }
        List<StoredProduct> products = new ArrayList<>();
        for (String spu : new LinkedHashSet<>(request.spuCodes())) {
            List<StoredProduct> found = store.product(Subject.SYSTEM, spu);
            if (found.isEmpty()) {
                throw new PublishException("no product " + spu + " in the catalogue — see product:list");
            }
            List<StoredProduct> mine = found.stream().filter(p -> sees(by, p)).toList();
            if (mine.isEmpty()) {
                by.requireScope("product " + spu, found.get(0).product().merchant(), found.get(0).product().categoryPath());
            }
            products.addAll(mine);
        }
        return products;
    }

    /**
     * The products of the request's batch to be read a part at a time, when it names a batch of more than
     * {@code part} products, checked as {@link #of} checks them but without reading them; null otherwise.
     */
    static shelf.api.catalog.BatchProducts largeBatch(CatalogStore store, Subject by, PublishRequest request, int part)
            throws CatalogException, PublishException {
        if (request.batchId() == null) {
            return null;
        }
        long id = request.batchId();
        StoredBatch batch = store.batch(Subject.SYSTEM, id)
                .orElseThrow(() -> new PublishException("no batch " + id + " — see batch:list"));
        by.requireScope("batch " + id, batch.merchant(), null);
        shelf.api.catalog.BatchProducts products = store.batchProducts(id);
        if (products.size() <= part) {
            return null;
        }
        shelf.api.catalog.ScopedBatch scoped = store.inScope(by, id);
        if (!scoped.whole()) {
            long outside = products.size() - scoped.products().size();
            throw new AccessRefusedException("batch " + id + " has " + outside + " product" + (outside == 1 ? "" : "s")
                    + " outside " + by.name() + "'s data scope (" + by.scope().describe()
                    + ") — publish yours in it by SPU code");
        }
        return products;
    }

    private static boolean sees(Subject by, StoredProduct p) {
        return by.sees(p.product().merchant(), p.product().categoryPath());
    }
}
