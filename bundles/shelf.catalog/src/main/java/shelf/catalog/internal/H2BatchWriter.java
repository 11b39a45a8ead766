package shelf.catalog.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import shelf.api.store.Database;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.catalog.spi.BatchWriter;
import shelf.catalog.spi.PreparedProduct;
import shelf.catalog.spi.ProductSources;

/**
 * Stores one batch, all or nothing. Updates, the batch's list of products and its row errors wait in one
 * transaction. New products are committed a thousand at a time on a second connection instead: H2 writes a
 * row of a large open transaction twice (and reads it back at commit once its page has left the cache),
 * which cost more than the rest of the import. They stay invisible until the batch is, because every query
 * leaves out products created by a batch still "importing"; a batch that fails deletes them, and one cut
 * short by kill -9 is deleted on the next start ({@link BatchRows#discardUnfinished}).
 *
 * <p>Speed comes from doing per product only what cannot be avoided:
 * the stored digests of a merchant are loaded once; a new product is one row, an updated one a row and its
 * change record, an unchanged one a few bytes in the batch's packed list of products; everything goes
 * through batched prepared statements; only updated products have their previous document read back, a
 * few hundred at a time, to name the fields that changed.
 */
final class H2BatchWriter implements BatchWriter {
    /**
     * Products per round of executeBatch (and per commit of new ones): amortises, and bounds memory. Measured
     * on the 100,000-row benchmark (first import of inline strings): 100 → 2.3-2.5 s, 500 → 2.1-2.3 s,
     * 1,000 → 2.3-2.4 s, 2,500 → 2.4-2.5 s with a catalogue file half as large again.
     */
    private static final int FLUSH_EVERY = 500;
    /** Updated products whose previous documents are fetched in one query. */
    private static final int UPDATES_PER_QUERY = 500;

    private record Existing(long id, int revision, byte[] digest) {}

    private record Update(PreparedProduct prepared, Existing existing) {}

    private final Database database;
    private final Semaphore writing;
    private final Connection connection;
    private final Connection staging;
    private final String file;
    private final String sheet;
    private final String importedBy;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final long batchId;
    private final Statements sql;
    private final Map<String, Map<String, Existing>> existingByMerchant = new HashMap<>();
    private final Set<String> inBatch = new HashSet<>();
    private final List<Update> updates = new ArrayList<>();
    private final ProductIdList seen = new ProductIdList();
    /** The encoder of {@link #prepare}, which runs on the reading thread, never on the storing one. */
    private final JsonBytes json = new JsonBytes();
    private final MessageDigest sha256;
    private long nextProductId;
    private int queued;
    private int created;
    private int updated;
    private int unchanged;
    private int skus;
    private boolean committed;

    /** Takes the permit from {@code writing} (one batch at a time) and gives it back when closed. */
    H2BatchWriter(Database database, Semaphore writing, String merchant, String file, String sheet,
            String importedBy) throws CatalogException {
        this.database = database;
        this.writing = writing;
        this.file = file;
        this.sheet = sheet;
        this.importedBy = importedBy;
        Connection opened = null;
        Connection openedStaging = null;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
            openedStaging = database.connect();
            staging = openedStaging;
            batchId = insertBatch(merchant); // committed: an unfinished batch can be found and deleted
            staging.setAutoCommit(false);
            opened = database.connect();
            opened.setAutoCommit(false);
            connection = opened;
            nextProductId = nextId(connection);
            sql = new Statements(connection, staging);
        } catch (SQLException e) {
            closeQuietly(opened);
            closeQuietly(openedStaging);
            writing.release();
            throw database.failure("start a batch in", e);
        } catch (NoSuchAlgorithmException e) {
            closeQuietly(opened);
            closeQuietly(openedStaging);
            writing.release();
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The document and its digest; uses this writer's encoder, so one thread at a time. */
    @Override
    public PreparedProduct prepare(Product product, ProductSources sources) {
        byte[] doc = ProductJson.write(product, json);
        return new PreparedProduct(product, sources, doc, sha256.digest(doc));
    }

    @Override
    public void add(PreparedProduct prepared) throws CatalogException {
        Product product = prepared.product();
        if (!inBatch.add(product.merchant() + '\u0000' + product.spuCode())) {
            throw new CatalogException("The product " + product.spuCode() + " of " + product.merchant()
                    + " appears twice in one batch; a batch holds each product once");
        }
        try {
            Existing existing = existing(product.merchant()).get(product.spuCode());
            skus += product.skus().size();
            if (existing == null) {
                long id = nextProductId++;
                sql.insertProduct(id, product, batchId, now, prepared.digest(), prepared.doc(), sources(prepared));
                sql.newCodes(id, product);
                seen.add(id);
                created++;
            } else if (Arrays.equals(existing.digest(), prepared.digest())) {
                seen.add(existing.id());
                unchanged++;
            } else {
                updates.add(new Update(prepared, existing));
                if (updates.size() >= UPDATES_PER_QUERY) {
                    writeUpdates();
                }
            }
            if (++queued >= FLUSH_EVERY) {
                writeUpdates();
                sql.execute();
                queued = 0;
            }
        } catch (SQLException e) {
            throw database.failure("store a product in", e);
        }
    }

    @Override
    public StoredBatch commit(String merchant, int rows, List<RowError> errors) throws CatalogException {
        try {
            writeUpdates();
            sql.execute();
            sql.newCodesInOrder();
            sql.batchProducts(batchId, seen);
            sql.rowErrors(batchId, errors);
            int products = created + updated + unchanged;
            int warnings = (int) errors.stream().filter(RowError::warning).count();
            StoredBatch batch = new StoredBatch(batchId, merchant, file, sheet, rows, products, skus,
                    errors.size() - warnings, created, updated, unchanged, "imported", now.toInstant(), importedBy,
                    warnings);
            BatchRows.finish(connection, batch);
            connection.commit();
            committed = true;
            return batch;
        } catch (SQLException e) {
            throw database.failure("store the batch in", e);
        }
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                rollback(connection);
                rollback(staging);
                staging.setAutoCommit(true);
                BatchRows.discard(staging, batchId);
            }
            sql.close();
            connection.close();
            staging.close();
        } catch (SQLException e) {
            System.getLogger(H2BatchWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "closing a batch of " + file, e);
        } finally {
            writing.release();
        }
    }

    /** Reads the previous documents of the pending updates in one query, then queues the updates. */
    private void writeUpdates() throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        Map<Long, byte[]> before = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, doc FROM product WHERE id = ANY(?)")) {
            select.setObject(1, updates.stream().map(u -> u.existing().id()).toArray(Long[]::new));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    before.put(rs.getLong(1), rs.getBytes(2));
                }
            }
        }
        for (Update u : updates) {
            PreparedProduct prepared = u.prepared();
            Product product = prepared.product();
            long id = u.existing().id();
            int revision = u.existing().revision() + 1;
            Product previous = ProductJson.read(before.get(id));
            List<String> fields = ProductDiff.changedFields(previous, product);
            sql.updateProduct(id, product, batchId, revision, now, prepared.digest(), prepared.doc(), sources(prepared));
            sql.changeCodes(id, previous, product);
            seen.add(id);
            sql.change(id, revision, batchId, JsonText.array(fields), u.existing().digest(), prepared.digest(), now);
            updated++;
        }
        updates.clear();
    }

    private byte[] sources(PreparedProduct prepared) {
        return prepared.sources().encodeUtf8(prepared.product().skus(), file, sheet);
    }

    private Map<String, Existing> existing(String merchant) throws SQLException {
        Map<String, Existing> known = existingByMerchant.get(merchant);
        if (known == null) {
            known = new HashMap<>();
            if (!hasProducts(merchant)) {
                existingByMerchant.put(merchant, known);
                return known; // a merchant's first import: no scan of the other merchants' products
            }
            // on H2 a scan in key order: through the (merchant, spu_code) index every row would be a random read;
            // PostgreSQL's planner makes that choice itself and knows no such hint
            String noIndex = "H2".equals(connection.getMetaData().getDatabaseProductName()) ? " USE INDEX ()" : "";
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT spu_code, id, revision, digest FROM product" + noIndex + " WHERE merchant = ?")) {
                select.setString(1, merchant);
                select.setFetchSize(10_000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), new Existing(rs.getLong(2), rs.getInt(3), rs.getBytes(4)));
                    }
                }
            }
            existingByMerchant.put(merchant, known);
        }
        return known;
    }

    /** Read off the (merchant, spu_code) index alone. */
    private boolean hasProducts(String merchant) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM product WHERE merchant = ? LIMIT 1")) {
            select.setString(1, merchant);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long insertBatch(String merchant) throws SQLException {
        try (PreparedStatement insert = staging.prepareStatement("INSERT INTO batch (merchant, file, sheet, "
                + "rows_read, products, skus, errors, created, updated, unchanged, state, imported_at, imported_by) "
                + "VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 'importing', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, merchant);
            insert.setString(2, file);
            insert.setString(3, sheet);
            insert.setObject(4, now);
            insert.setString(5, importedBy);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Product ids are handed out here rather than by an identity column, so inserts can be batched. */
    private static long nextId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM product")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one reported
            }
        }
    }

    private static void rollback(Connection connection) {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next; H2 rolls back whatever is left open then
            }
        }
    }
}
