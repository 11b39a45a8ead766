package shelf.core.internal.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductChange;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.rules.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingStore;
import shelf.core.internal.framework.ShelfProperties;

/**
 * The catalogue in an embedded H2 database, SHELF_HOME/data/catalog.mv.db. The schema is brought up to date
 * when the component starts; a database from a newer Shelf keeps the component from starting, with the
 * reason in the log and in bundle diagnostics.
 */
@Component(service = {CatalogStore.class, BatchStore.class, FindingStore.class, CatalogTables.class,
        CatalogConnections.class})
public class H2CatalogStore implements CatalogStore, BatchStore, FindingStore, CatalogTables {
    /** One batch is written at a time: product ids are handed out by the writer, not by the database. */
    private final Semaphore writing = new Semaphore(1);
    private CatalogDatabase database;
    private CatalogQueries queries;
    private FindingRows findings;

    @Activate
    void activate(BundleContext context) throws CatalogException {
        open(new ShelfProperties(context).home().resolve("data").resolve("catalog"));
    }

    /** Opens the database at {@code file} (without H2's ".mv.db"); for tests and tools outside the framework. */
    public void open(Path file) throws CatalogException {
        database = CatalogDatabase.open(file);
        queries = new CatalogQueries(database);
        findings = new FindingRows(database);
    }

    @Deactivate
    public void close() {
        if (database != null) {
            database.close();
            database = null;
        }
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
    public StoredBatch store(NewBatch batch) throws CatalogException {
        try (BatchWriter writer = begin(batch.merchant(), batch.file(), batch.sheet(), batch.importedBy())) {
            for (ImportedProduct product : batch.products()) {
                writer.add(product);
            }
            return writer.commit(batch.merchant(), batch.rows(), batch.errors());
        }
    }

    @Override
    public List<StoredBatch> batches() throws CatalogException {
        return queries.batches();
    }

    @Override
    public Optional<StoredBatch> batch(long id) throws CatalogException {
        return queries.batch(id);
    }

    @Override
    public List<RowError> errors(long batchId) throws CatalogException {
        return queries.errors(batchId);
    }

    @Override
    public List<StoredProduct> products(ProductQuery query) throws CatalogException {
        return queries.products(query);
    }

    @Override
    public int count(ProductQuery query) throws CatalogException {
        return queries.count(query);
    }

    @Override
    public List<StoredProduct> product(String spuCode) throws CatalogException {
        return queries.product(spuCode);
    }

    @Override
    public StoredProduct update(Product product, String user) throws CatalogException {
        try (Connection connection = database.connect()) {
            ProductEdit.apply(connection, product, user);
        } catch (SQLException e) {
            throw database.failure("change a product in", e);
        }
        return queries.product(product.spuCode()).stream()
                .filter(p -> p.product().merchant().equals(product.merchant())).findFirst()
                .orElseThrow(() -> new CatalogException("The product " + product.spuCode() + " of "
                        + product.merchant() + " vanished while it was changed"));
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
    public List<ProductChange> history(String merchant, String spuCode) throws CatalogException {
        return queries.history(merchant, spuCode);
    }

    @Override
    public void replace(long batchId, String channel, List<Finding> found) throws CatalogException {
        findings.replace(batchId, channel, found);
    }

    @Override
    public List<Finding> findings(long batchId, FindingFilter filter) throws CatalogException {
        return findings.findings(batchId, filter);
    }

    @Override
    public Optional<String> lastChannel(long batchId) throws CatalogException {
        return findings.lastChannel(batchId);
    }
}
