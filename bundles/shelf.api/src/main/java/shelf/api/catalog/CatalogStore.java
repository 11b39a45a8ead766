package shelf.api.catalog;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.Subject;

/**
 * The catalogue: batches, products with their SKUs, where each value came from, and the row errors of
 * each import. The default implementation is an embedded H2 database under SHELF_HOME/data; a shared
 * PostgreSQL implementation can follow behind the same interface.
 *
 * <p>Every method takes the caller and checks it itself: the command permission its work stands for (the
 * command ACL, e.g. "batch:list") and the caller's data scope. Lists hold only what is in scope; a batch or
 * product outside it is refused with {@link AccessRefusedException} ("batch 4 is outside lily's data scope
 * (acme)"). A batch is in a scope when one of its products is (or, with no products, when its merchant is);
 * its figures then count the products in scope only. The runtime's own work passes {@link Subject#SYSTEM}.
 */
@ProviderType
public interface CatalogStore {
    /**
     * Stores one imported file in a single transaction: the batch, its row errors, and every product as an
     * upsert keyed by (merchant, SPU code). A product whose content is the same as stored is counted
     * unchanged and not rewritten; a changed one is updated and the change recorded. All or nothing, also
     * when the process dies half-way. Needs "catalog:import" and every product's merchant in scope.
     */
    StoredBatch store(Subject subject, NewBatch batch) throws CatalogException;

    /** Every batch in the subject's scope, oldest first ("batch:list"). */
    List<StoredBatch> batches(Subject subject) throws CatalogException;

    /** The batch, empty when there is none; refused when it is outside the subject's scope ("batch:show"). */
    Optional<StoredBatch> batch(Subject subject, long id) throws CatalogException;

    /**
     * The batch as the subject's data scope has it, checking no command permission: for a service that has
     * checked the permission of its own command (validate, report, images:process) and must keep to the
     * caller's scope.
     *
     * @throws IllegalArgumentException "no batch 7 — see batch:list" when there is none
     * @throws AccessRefusedException when none of its products is in the scope
     */
    ScopedBatch inScope(Subject subject, long batchId) throws CatalogException;

    /** The row errors of a batch, in row and column order ("batch:errors"). */
    List<RowError> errors(Subject subject, long batchId) throws CatalogException;

    /** Products in scope matching the query, by merchant and SPU code ("product:list"). */
    List<StoredProduct> products(Subject subject, ProductQuery query) throws CatalogException;

    /** How many products in scope match the query (its limit aside) ("product:list"). */
    int count(Subject subject, ProductQuery query) throws CatalogException;

    /** Every merchant's product with this SPU code (usually one) that is in scope ("product:show"). */
    List<StoredProduct> product(Subject subject, String spuCode) throws CatalogException;

    /** What changed in a product, oldest first: one entry per import that created or changed it ("product:show"). */
    List<ProductChange> history(Subject subject, String merchant, String spuCode) throws CatalogException;

    /**
     * Replaces the content of a stored product (found by its merchant and SPU code) and records the change
     * in its history, as an edit by the subject in the batch that last touched it. A product whose content
     * is the same is left as it is. Throws when no such product is stored. Needs the role editor and the
     * product in scope.
     *
     * @since 1.1
     */
    StoredProduct update(Subject subject, Product product) throws CatalogException;

    /**
     * Every product of the batch, whatever the subject's scope, to be read a part at a time: for the runtime's
     * work over a whole batch (validation) once the caller's access is checked. A store that cannot read by
     * parts holds them all.
     *
     * @since 2.2
     */
    default BatchProducts batchProducts(long batchId) throws CatalogException {
        return BatchProducts.of(products(Subject.SYSTEM, new ProductQuery(batchId, "", "", 0)));
    }

    /**
     * The merchant's stored products that hold one of these values in the field ("skus.skuCode", "skus.barcode",
     * "spuCode"), leaving out those whose SPU codes are in {@code except} (the batch being checked); by SPU code.
     * For checks across a merchant's catalogue, such as a SKU code another product already uses: a store with
     * an index of the field finds them without reading the merchant's other products. A store without one (and
     * any store for another field) may return every product of the merchant outside {@code except}, so the
     * caller checks the values itself. Checks no command permission; products outside the subject's scope
     * are left out.
     *
     * @since 2.2
     */
    default List<Product> holding(Subject subject, String merchant, String field, java.util.Collection<String> values,
            java.util.Set<String> except) throws CatalogException {
        if (values.isEmpty()) {
            return List.of();
        }
        return products(Subject.SYSTEM, new ProductQuery(null, "", merchant, 0)).stream()
                .filter(p -> subject.sees(p.product().merchant(), p.product().categoryPath()))
                .map(StoredProduct::product).filter(p -> !except.contains(p.spuCode())).toList();
    }
}
