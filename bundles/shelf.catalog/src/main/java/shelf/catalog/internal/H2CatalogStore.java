package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductChange;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.RowError;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingStore;
import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.store.Database;
import shelf.catalog.spi.BatchStore;
import shelf.catalog.spi.BatchWriter;
import shelf.catalog.spi.CatalogTables;

/**
 * The catalogue in an embedded H2 database, SHELF_HOME/data/catalog.mv.db. The schema is brought up to date
 * when the component starts; a database from a newer Shelf keeps the component from starting, with the
 * reason in the log and in bundle diagnostics.
 */
@Component(service = {CatalogStore.class, BatchStore.class, FindingStore.class, CatalogTables.class})
public class H2CatalogStore implements CatalogStore, BatchStore, FindingStore, CatalogTables {
    /** One batch is written at a time: product ids are handed out by the writer, not by the database. */
    private final Semaphore writing = new Semaphore(1);
    /** The catalogue's tables: db/V1… in this package, the "catalog" chain. */
    static final List<String> SCHEMA = List.of("db/V1__catalog.sql", "db/V2__findings.sql", "db/V3__changed_by.sql",
            "db/V4__warnings.sql", "db/V5__product_spu.sql", "db/V6__product_code.sql", "db/V7__finding_packs.sql",
            "db/V8__product_code_key.sql", "db/V9__finding_pack_range.sql");

    private Database database;
    private CatalogQueries queries;
    private FindingRows findings;

    /** Who may run which command; not needed for the runtime's own work (Subject.SYSTEM). */
    @Reference
    CommandAccess access;

    @Reference
    Database shared;

    @Activate
    void activate() throws CatalogException {
        open(shared);
    }

    /**
     * Brings the catalogue's tables up to date in {@code db} and discards what a process that died while
     * importing left of its batch; for tests and tools outside the framework too.
     */
    public void open(Database db) throws CatalogException {
        db.migrate("catalog", H2CatalogStore.class, SCHEMA);
        try (Connection connection = db.connect()) {
            BatchRows.discardUnfinished(connection);
            ProductCodeRows.fillIfEmpty(connection);
        } catch (SQLException e) {
            throw db.failure("clean up", e);
        }
        database = db;
        queries = new CatalogQueries(db);
        findings = new FindingRows(db);
    }

    /** For tests and tools outside the framework: the command ACL that decides for users other than admin. */
    public void checkWith(CommandAccess commandAccess) {
        access = commandAccess;
    }

    @Deactivate
    public void close() {
        database = null;
    }

    @Override
    public void migrate(String chain, Class<?> owner, List<String> scripts) throws CatalogException {
        database.migrate(chain, owner, scripts);
    }

    @Override
    public BatchWriter begin(String merchant, String file, String sheet, String importedBy) throws CatalogException {
        try {
            writing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while waiting for another import to finish", e);
        }
        return new H2BatchWriter(database, writing, merchant, file, sheet, importedBy);
    }

    @Override
    public StoredBatch store(Subject subject, NewBatch batch) throws CatalogException {
        permit(subject, "catalog:import");
        for (ImportedProduct product : batch.products()) {
            String merchant = product.product().merchant();
            subject.requireScope("merchant " + merchant, merchant, null);
        }
        try (BatchWriter writer = begin(batch.merchant(), batch.file(), batch.sheet(), batch.importedBy())) {
            for (ImportedProduct product : batch.products()) {
                writer.add(product);
            }
            return writer.commit(batch.merchant(), batch.rows(), batch.errors());
        }
    }

    @Override
    public List<StoredBatch> batches(Subject subject) throws CatalogException {
        permit(subject, "batch:list");
        List<StoredBatch> seen = new ArrayList<>();
        for (StoredBatch batch : queries.batches()) {
            ScopedBatch scoped = BatchScopes.of(subject, batch, this::productsOf);
            if (scoped != null) {
                seen.add(scoped.batch());
            }
        }
        return seen;
    }

    @Override
    public Optional<StoredBatch> batch(Subject subject, long id) throws CatalogException {
        permit(subject, "batch:show");
        Optional<StoredBatch> batch = queries.batch(id);
        if (batch.isEmpty()) {
            return batch;
        }
        return Optional.of(scoped(subject, batch.get()).batch());
    }

    @Override
    public ScopedBatch inScope(Subject subject, long batchId) throws CatalogException {
        return scoped(subject, queries.batch(batchId)
                .orElseThrow(() -> new IllegalArgumentException("no batch " + batchId + " — see batch:list")));
    }

    private ScopedBatch scoped(Subject subject, StoredBatch batch) throws CatalogException {
        ScopedBatch scoped = BatchScopes.of(subject, batch, this::productsOf);
        if (scoped == null) {
            throw BatchScopes.outside(subject, batch.id());
        }
        return scoped;
    }

    private List<StoredProduct> productsOf(long batchId) throws CatalogException {
        return queries.products(new ProductQuery(batchId, "", "", 0));
    }

    @Override
    public List<RowError> errors(Subject subject, long batchId) throws CatalogException {
        permit(subject, "batch:errors");
        inScope(subject, batchId);
        return queries.errors(batchId);
    }

    @Override
    public List<StoredProduct> products(Subject subject, ProductQuery query) throws CatalogException {
        permit(subject, "product:list");
        return scopedProducts(subject, query);
    }

    private List<StoredProduct> scopedProducts(Subject subject, ProductQuery query) throws CatalogException {
        if (subject.scope().isUnrestricted()) {
            return queries.products(query);
        }
        if (query.batchId() != null) {
            inScope(subject, query.batchId());
        }
        // the scope filters before the limit counts
        return queries.products(new ProductQuery(query.batchId(), query.categoryPrefix(), query.merchant(), 0))
                .stream().filter(p -> subject.sees(p.product().merchant(), p.product().categoryPath()))
                .limit(query.limit() == 0 ? Long.MAX_VALUE : query.limit()).toList();
    }

    @Override
    public int count(Subject subject, ProductQuery query) throws CatalogException {
        permit(subject, "product:list");
        if (subject.scope().isUnrestricted()) {
            return queries.count(query);
        }
        return scopedProducts(subject, new ProductQuery(query.batchId(), query.categoryPrefix(), query.merchant(), 0))
                .size();
    }

    @Override
    public List<StoredProduct> product(Subject subject, String spuCode) throws CatalogException {
        permit(subject, "product:show");
        return queries.product(spuCode).stream()
                .filter(p -> subject.sees(p.product().merchant(), p.product().categoryPath())).toList();
    }

    @Override
    public StoredProduct update(Subject subject, Product product) throws CatalogException {
        subject.requireRole("changing a product", Role.EDITOR);
        String what = "product " + product.merchant() + "/" + product.spuCode();
        subject.requireScope(what, product.merchant(), product.categoryPath());
        for (StoredProduct stored : queries.product(product.spuCode())) {
            if (stored.product().merchant().equals(product.merchant())) {
                subject.requireScope(what, product.merchant(), stored.product().categoryPath());
            }
        }
        try (Connection connection = database.connect()) {
            ProductEdit.apply(connection, product, subject.name());
        } catch (SQLException e) {
            throw database.failure("change a product in", e);
        }
        return queries.product(product.spuCode()).stream()
                .filter(p -> p.product().merchant().equals(product.merchant())).findFirst()
                .orElseThrow(() -> new CatalogException("The product " + product.spuCode() + " of "
                        + product.merchant() + " vanished while it was changed"));
    }

    @Override
    public shelf.api.catalog.BatchProducts batchProducts(long batchId) throws CatalogException {
        return new BatchParts(queries, batchId);
    }

    @Override
    public List<Product> holding(Subject subject, String merchant, String field, java.util.Collection<String> values,
            java.util.Set<String> except) throws CatalogException {
        if (values.isEmpty()) {
            return List.of();
        }
        if (!ValueLookup.indexed(field)) {
            return CatalogStore.super.holding(subject, merchant, field, values, except);
        }
        try (Connection connection = database.connect()) {
            return ValueLookup.holding(connection, merchant, field, values, except).stream()
                    .filter(p -> subject.sees(p.merchant(), p.categoryPath())).toList();
        } catch (SQLException e) {
            throw database.failure("look up " + field + " values in", e);
        }
    }

    /** The command ACL decides; the runtime itself and admins may do everything without asking it. */
    private void permit(Subject subject, String command) {
        if (!subject.isAdmin()) {
            access.check(subject, command);
        }
    }

    @Override
    public Connection connect() throws CatalogException {
        return database.connect();
    }

    @Override
    public CatalogException failure(String doing, SQLException e) {
        return database.failure(doing, e);
    }

    @Override
    public shelf.api.catalog.Product product(byte[] document) {
        return ProductJson.read(document);
    }

    @Override
    public List<shelf.api.catalog.Product> changeSku(String merchant, String skuCode,
            java.util.function.UnaryOperator<shelf.api.catalog.Sku> change) throws CatalogException {
        return new SkuChange(database).apply(merchant, skuCode, change);
    }

    @Override
    public List<shelf.api.catalog.Product> withSku(String merchant, String skuCode) throws CatalogException {
        return new SkuChange(database).find(merchant, skuCode);
    }

    @Override
    public List<ProductChange> history(Subject subject, String merchant, String spuCode) throws CatalogException {
        permit(subject, "product:show");
        for (StoredProduct stored : queries.product(spuCode)) {
            if (stored.product().merchant().equals(merchant)) {
                subject.requireScope("product " + merchant + "/" + spuCode, merchant, stored.product().categoryPath());
            }
        }
        return queries.history(merchant, spuCode);
    }

    @Override
    public void replace(Subject subject, long batchId, String channel, List<Finding> found) throws CatalogException {
        permit(subject, "catalog:validate");
        inScope(subject, batchId);
        findings.replace(batchId, channel, found);
    }

    @Override
    public List<Finding> findings(Subject subject, long batchId, FindingFilter filter) throws CatalogException {
        permit(subject, "catalog:findings");
        ScopedBatch scoped = inScope(subject, batchId);
        List<Finding> all = findings.findings(batchId, filter);
        return scoped.whole() ? all : all.stream().filter(f -> scoped.sees(f.merchant(), f.spuCode())).toList();
    }

    @Override
    public shelf.api.rules.FindingWriter replacing(Subject subject, long batchId, String channel) throws CatalogException {
        permit(subject, "catalog:validate");
        inScope(subject, batchId);
        return findings.writer(batchId, channel);
    }

    @Override
    public void eachFinding(Subject subject, long batchId, FindingFilter filter,
            java.util.function.Consumer<Finding> each) throws CatalogException {
        permit(subject, "catalog:findings");
        ScopedBatch scoped = inScope(subject, batchId);
        findings.each(batchId, filter, scoped.whole() ? each : f -> {
            if (scoped.sees(f.merchant(), f.spuCode())) {
                each.accept(f);
            }
        });
    }

    @Override
    public Optional<String> lastChannel(Subject subject, long batchId) throws CatalogException {
        permit(subject, "catalog:findings");
        inScope(subject, batchId);
        return findings.lastChannel(batchId);
    }
}
