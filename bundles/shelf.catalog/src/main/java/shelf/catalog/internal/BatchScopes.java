package shelf.catalog.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.Subject;

/**
 * What of a batch a subject's data scope holds. A batch is in scope when one of its products is, or, with
 * no products at all, when its merchant is; its figures then count the products in scope only.
 */
final class BatchScopes {
    @FunctionalInterface
    interface Products {
        List<StoredProduct> of(long batchId) throws CatalogException;
    }

    private BatchScopes() {}

    /** The batch as the subject sees it, or null when it is outside the subject's scope. */
    static ScopedBatch of(Subject subject, StoredBatch batch, Products products) throws CatalogException {
        if (subject.scope().isUnrestricted()) {
            return new ScopedBatch(batch, true, Set.of());
        }
        // a one-merchant batch and a scope of merchants only: the merchant decides, no product need be read
        if (subject.scope().categoryPrefixes().isEmpty() && !batch.merchant().contains(", ")) {
            return subject.scope().allowsMerchant(batch.merchant()) ? new ScopedBatch(batch, true, Set.of()) : null;
        }
        List<StoredProduct> all = products.of(batch.id());
        List<StoredProduct> seen = all.stream()
                .filter(p -> subject.sees(p.product().merchant(), p.product().categoryPath())).toList();
        if (seen.isEmpty()) {
            return all.isEmpty() && subject.scope().allowsMerchant(batch.merchant())
                    ? new ScopedBatch(batch, true, Set.of()) : null;
        }
        if (seen.size() == all.size()) {
            return new ScopedBatch(batch, true, Set.of());
        }
        Set<String> keys = new LinkedHashSet<>();
        seen.forEach(p -> keys.add(ScopedBatch.key(p.product().merchant(), p.product().spuCode())));
        return new ScopedBatch(counted(batch, seen), false, keys);
    }

    /** "batch 4 is outside lily's data scope (acme)": the wording of Subject.requireScope. */
    static AccessRefusedException outside(Subject subject, long batchId) {
        return new AccessRefusedException("batch " + batchId + " is outside " + subject.name() + "'s data scope ("
                + subject.scope().describe() + ")");
    }

    /**
     * The batch's figures over these products only. Rows and row errors stay the file's. A product this batch
     * wrote at revision 1 is new, at a later revision updated; one written by another batch was unchanged here
     * (or was changed again since, by a later batch: the product keeps its last writer only).
     */
    private static StoredBatch counted(StoredBatch b, List<StoredProduct> seen) {
        int created = 0;
        int updated = 0;
        int skus = 0;
        Set<String> merchants = new TreeSet<>();
        for (StoredProduct p : seen) {
            skus += p.product().skus().size();
            merchants.add(p.product().merchant());
            if (p.batchId() == b.id()) {
                if (p.revision() == 1) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        return new StoredBatch(b.id(), String.join(", ", merchants), b.file(), b.sheet(), b.rows(), seen.size(), skus,
                b.errors(), created, updated, seen.size() - created - updated, b.state(), b.importedAt(),
                b.importedBy(), b.warnings());
    }
}
