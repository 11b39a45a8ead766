package shelf.review.internal;

import java.util.List;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.review.ReviewException;
import shelf.api.security.Subject;

/**
 * Finds the products a command names, "SPU" or "MERCHANT/SPU", within the subject's data scope. A product
 * outside the scope is reported as not found, so a user learns nothing of other merchants' products.
 */
final class ProductRefs {
    private ProductRefs() {}

    static StoredProduct resolve(CatalogStore store, Subject subject, String ref) throws ReviewException {
        String merchant = null;
        String spu = ref.strip();
        int slash = spu.indexOf('/');
        if (slash > 0) {
            merchant = spu.substring(0, slash);
            spu = spu.substring(slash + 1);
        }
        List<StoredProduct> found;
        try {
            found = store.product(Subject.SYSTEM, spu);
        } catch (CatalogException e) {
            throw new ReviewException(e.getMessage(), e);
        }
        String wanted = merchant;
        List<StoredProduct> visible = found.stream()
                .filter(p -> wanted == null || p.product().merchant().equals(wanted))
                .filter(p -> subject.scope().allows(p.product().merchant(), p.product().categoryPath()))
                .toList();
        if (visible.isEmpty()) {
            throw new ReviewException("There is no product " + ref + (subject.scope().isUnrestricted() ? ""
                    : " in your scope") + " — product:list shows them");
        }
        if (visible.size() > 1) {
            throw new ReviewException("SPU " + spu + " belongs to several merchants ("
                    + String.join(", ", visible.stream().map(p -> p.product().merchant()).toList())
                    + ") — write MERCHANT/" + spu);
        }
        return visible.get(0);
    }

    static List<StoredProduct> resolveAll(CatalogStore store, Subject subject, List<String> refs)
            throws ReviewException {
        if (refs.isEmpty()) {
            throw new ReviewException("Name the products (SPU codes) or a batch (--batch ID)");
        }
        java.util.ArrayList<StoredProduct> products = new java.util.ArrayList<>();
        for (String ref : refs) {
            products.add(resolve(store, subject, ref));
        }
        return products;
    }

    /**
     * The products of a batch within the subject's scope; a batch with none in it is refused in one line
     * ("batch 4 is outside lily's data scope (acme)"), as every service refuses it.
     */
    static List<StoredProduct> ofBatch(CatalogStore store, Subject subject, long batchId) throws ReviewException {
        try {
            if (store.batch(Subject.SYSTEM, batchId).isEmpty()) {
                throw new ReviewException("There is no batch " + batchId + " — batch:list shows them");
            }
            ScopedBatch scoped = store.inScope(subject, batchId);
            return store.products(Subject.SYSTEM, new ProductQuery(batchId, "", "", 0)).stream()
                    .filter(p -> scoped.sees(p.product().merchant(), p.product().spuCode()))
                    .toList();
        } catch (CatalogException e) {
            throw new ReviewException(e.getMessage(), e);
        }
    }

    /** A batch's products to be read a part at a time, and which of them the subject sees. */
    record Parts(shelf.api.catalog.BatchProducts products, ScopedBatch scope) {}

    /** The batch to be read by parts; refused as {@link #ofBatch} refuses it. */
    static Parts partsOf(CatalogStore store, Subject subject, long batchId) throws ReviewException {
        try {
            if (store.batch(Subject.SYSTEM, batchId).isEmpty()) {
                throw new ReviewException("There is no batch " + batchId + " — batch:list shows them");
            }
            ScopedBatch scoped = store.inScope(subject, batchId);
            return new Parts(store.batchProducts(batchId), scoped);
        } catch (CatalogException e) {
            throw new ReviewException(e.getMessage(), e);
        }
    }

    /** Every product in the subject's scope. */
    static List<StoredProduct> inScope(CatalogStore store, Subject subject) throws ReviewException {
        try {
            String merchant = subject.scope().merchants().size() == 1 ? subject.scope().merchants().iterator().next() : "";
            return store.products(Subject.SYSTEM, new ProductQuery(null, "", merchant, 0)).stream()
                    .filter(p -> subject.scope().allows(p.product().merchant(), p.product().categoryPath()))
                    .toList();
        } catch (CatalogException e) {
            throw new ReviewException(e.getMessage(), e);
        }
    }
}
