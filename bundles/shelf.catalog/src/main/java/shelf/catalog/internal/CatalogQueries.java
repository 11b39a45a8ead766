package shelf.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import shelf.api.store.Database;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductChange;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;

/** The reading side of the catalogue: each method one query on a session of its own. */
final class CatalogQueries {
    private static final String PRODUCT_COLUMNS = "SELECT p.doc, p.sources, p.batch_id, p.revision, p.updated_at, "
            + "b.file, b.sheet FROM product p JOIN batch b ON b.id = p.batch_id";
    /** Products created by a batch still being written are not there yet (see H2BatchWriter). */
    static final String VISIBLE = " p.created_batch NOT IN (SELECT id FROM batch WHERE state = '"
            + BatchRows.IMPORTING + "')";
    /** The most elements H2 takes in one array. */
    static final int MAX_ARRAY = 65_536;
    private static final String FINISHED = " WHERE state <> '" + BatchRows.IMPORTING + "'";

    private final Database database;

    CatalogQueries(Database database) {
        this.database = database;
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T query(String doing, Query<T> query) throws CatalogException {
        try (Connection connection = database.connect()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw database.failure(doing, e);
        }
    }

    List<StoredBatch> batches() throws CatalogException {
        return query("list the batches of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + BatchRows.COLUMNS + " FROM batch" + FINISHED
                    + " ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                List<StoredBatch> batches = new ArrayList<>();
                while (rs.next()) {
                    batches.add(BatchRows.read(rs));
                }
                return batches;
            }
        });
    }

    Optional<StoredBatch> batch(long id) throws CatalogException {
        return query("read a batch of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + BatchRows.COLUMNS + " FROM batch" + FINISHED
                    + " AND id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(BatchRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    List<RowError> errors(long batchId) throws CatalogException {
        return query("read the row errors of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT row_no, col_no, header, raw, reason, warning FROM row_error "
                    + "WHERE id BETWEEN ? AND ? ORDER BY row_no, col_no, id")) {
                s.setLong(1, CatalogKeys.firstOfBatch(batchId));
                s.setLong(2, CatalogKeys.lastOfBatch(batchId));
                try (ResultSet rs = s.executeQuery()) {
                    List<RowError> errors = new ArrayList<>();
                    while (rs.next()) {
                        errors.add(new RowError(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getBoolean(6)));
                    }
                    return errors;
                }
            }
        });
    }

    /**
     * Without a batch, the count is one statement that leaves out the products of batches being imported only
     * when there are any: otherwise a merchant's products are counted from the (merchant, SPU code) index alone,
     * where the test of each row's batch read every row — 2 s for a merchant of 250,000 products, which
     * validation asks before it looks anything up in the merchant's catalogue. One statement, one snapshot: an
     * import starting meanwhile is either seen in the first branch or not yet there.
     */
    int count(ProductQuery q) throws CatalogException {
        return query("count the products of", c -> {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT COUNT(*) FROM product p" + where(c, q, args);
            if (q.batchId() == null) {
                sql = "SELECT CASE WHEN EXISTS (SELECT 1 FROM batch WHERE state = '" + BatchRows.IMPORTING + "') THEN ("
                        + sql + ") ELSE (SELECT COUNT(*) FROM product p" + where(c, q, args, false) + ") END";
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static String where(Connection c, ProductQuery q, List<Object> args) throws SQLException {
        return where(c, q, args, true);
    }

    /** The conditions of the query; {@code visibleOnly} leaves out the products of batches being imported. */
    private static String where(Connection c, ProductQuery q, List<Object> args, boolean visibleOnly) throws SQLException {
        StringBuilder sql = new StringBuilder();
        if (q.batchId() != null) {
            // H2 takes at most 65,536 elements in an array: a larger batch's ids go as several, one after the other
            long[] ids = seen(c, q.batchId());
            StringBuilder seen = new StringBuilder();
            for (int from = 0; from < ids.length || from == 0; from += MAX_ARRAY) {
                seen.append(from == 0 ? "" : " UNION ALL ").append("SELECT x FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS u(x)");
                args.add(java.util.Arrays.stream(ids, from, Math.min(ids.length, from + MAX_ARRAY)).boxed()
                        .toArray(Long[]::new));
            }
            sql.append(" JOIN (").append(seen).append(") AS seen(id) ON p.id = seen.id");
        }
        sql.append(" WHERE").append(visibleOnly ? VISIBLE : " TRUE");
        if (!q.merchant().isEmpty()) {
            sql.append(" AND p.merchant = ?");
            args.add(q.merchant());
        }
        if (!q.categoryPrefix().isEmpty()) {
            sql.append(" AND p.category_path LIKE ? ESCAPE '\\'");
            args.add(q.categoryPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    List<StoredProduct> products(ProductQuery q) throws CatalogException {
        return query("list the products of", c -> {
            StringBuilder sql = new StringBuilder(PRODUCT_COLUMNS);
            List<Object> args = new ArrayList<>();
            sql.append(where(c, q, args));
            sql.append(" ORDER BY p.merchant, p.spu_code");
            if (q.limit() > 0) {
                sql.append(" LIMIT ").append(q.limit());
            }
            return products(c, sql.toString(), args);
        });
    }

    /**
     * The id, merchant and SPU code of every product of a batch (documents unread), in no particular order. A batch
     * that is a good part of the catalogue (a tenth or more) is picked out of one pass over the product table's
     * key (merchant, SPU code and id, which H2 reads from its index alone): looked up one id at a time, a
     * million-SKU batch's 250,000 rows cost 1.8 GB of page reads and seconds, the pass 0.2 GB. The pass cannot leave
     * out products of a batch still being imported (that needs their rows), so it waits for no import to run.
     */
    List<BatchParts.Key> keys(long batchId) throws CatalogException {
        return query("list the products of", c -> {
            long[] ids = seen(c, batchId);
            boolean scan = 10L * ids.length >= count(c, "SELECT COUNT(*) FROM product")
                    && count(c, "SELECT COUNT(*) FROM batch WHERE state = '" + BatchRows.IMPORTING + "'") == 0;
            List<Object> args = new ArrayList<>();
            String sql = scan ? "SELECT p.id, p.merchant, p.spu_code FROM product p"
                    : "SELECT p.id, p.merchant, p.spu_code FROM product p" + where(c, new ProductQuery(batchId, "", "", 0), args);
            java.util.Arrays.sort(ids);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                s.setFetchSize(10_000);
                java.util.Map<String, String> merchants = new java.util.HashMap<>();
                List<BatchParts.Key> keys = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (!scan || java.util.Arrays.binarySearch(ids, id) >= 0) {
                            String merchant = merchants.computeIfAbsent(rs.getString(2), m -> m);
                            keys.add(new BatchParts.Key(id, merchant, rs.getString(3)));
                        }
                    }
                }
                return keys;
            }
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many products are stored (those of batches being imported included). */
    long productCount() throws CatalogException {
        return query("count the products of", c -> count(c, "SELECT COUNT(*) FROM product"));
    }

    /**
     * The ids of the products holding a key of product_code_key that another product holds too: one pass over the
     * index in its order, where the rows of one key are neighbours (a few hundred milliseconds for two million
     * rows), whatever the products' documents. In a transaction: PostgreSQL's driver streams the rows only then.
     */
    long[] sharingCodes() throws CatalogException {
        return query("look for shared SKU codes and barcodes in", c -> {
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                try (java.sql.Statement lazy = c.createStatement()) {
                    lazy.execute("SET LAZY_QUERY_EXECUTION TRUE"); // rows as read, not gathered (on disk) first
                }
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT entry FROM product_code_key ORDER BY entry")) {
                s.setFetchSize(10_000);
                long[] ids = new long[16];
                int n = 0;
                long previous = -1;
                boolean previousAdded = false;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long entry = rs.getLong(1);
                        boolean shared = previous >= 0 && ProductCodes.code(previous) == ProductCodes.code(entry);
                        if (n + 2 > ids.length) {
                            ids = java.util.Arrays.copyOf(ids, 2 * ids.length);
                        }
                        if (shared && !previousAdded) {
                            ids[n++] = ProductCodes.productId(previous);
                        }
                        if (shared) {
                            ids[n++] = ProductCodes.productId(entry);
                        }
                        previousAdded = shared;
                        previous = entry;
                    }
                }
                return java.util.Arrays.stream(ids, 0, n).sorted().distinct().toArray();
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        });
    }

    /** The products with these ids, in no particular order. */
    List<StoredProduct> byIds(long[] ids) throws CatalogException {
        return query("read products of", c -> {
            if (ids.length == 0) {
                return List.<StoredProduct>of();
            }
            return products(c, PRODUCT_COLUMNS + " JOIN (SELECT x FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS u(x)) AS wanted(id)"
                    + " ON p.id = wanted.id", List.<Object>of((Object) java.util.Arrays.stream(ids).boxed().toArray(Long[]::new)));
        });
    }

    /** The ids of the products a batch saw, from its packed rows. */
    private static long[] seen(Connection c, long batchId) throws SQLException {
        ProductIdList ids = new ProductIdList();
        try (PreparedStatement s = c.prepareStatement("SELECT product_ids FROM batch_product WHERE id BETWEEN ? AND ? "
                + "ORDER BY id")) {
            s.setLong(1, CatalogKeys.firstOfBatch(batchId));
            s.setLong(2, CatalogKeys.lastOfBatch(batchId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.unpack(rs.getBytes(1));
                }
            }
        }
        return ids.toArray();
    }

    List<StoredProduct> product(String spuCode) throws CatalogException {
        return query("read a product of", c -> products(c, PRODUCT_COLUMNS + " WHERE p.spu_code = ? AND" + VISIBLE
                + " ORDER BY p.merchant",
                List.of(spuCode)));
    }

    List<ProductChange> history(String merchant, String spuCode) throws CatalogException {
        return query("read the history of a product in", c -> {
            long productId;
            ProductChange created;
            try (PreparedStatement s = c.prepareStatement("SELECT id, created_batch, created_at, digest FROM product p "
                    + "WHERE merchant = ? AND spu_code = ? AND" + VISIBLE)) {
                s.setString(1, merchant);
                s.setString(2, spuCode);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return List.<ProductChange>of();
                    }
                    productId = rs.getLong(1);
                    created = new ProductChange(rs.getLong(2), 1, List.of(), "", hex(rs.getBytes(4)),
                            rs.getObject(3, OffsetDateTime.class).toInstant());
                }
            }
            List<ProductChange> changes = new ArrayList<>();
            changes.add(created);
            try (PreparedStatement s = c.prepareStatement("SELECT id, batch_id, changed_fields, before_digest, "
                    + "after_digest, changed_at FROM product_change WHERE id BETWEEN ? AND ? ORDER BY id")) {
                s.setLong(1, CatalogKeys.firstOfProduct(productId));
                s.setLong(2, CatalogKeys.lastOfProduct(productId));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (changes.size() == 1) {
                            // revision 1's digest is the one its first change started from
                            changes.set(0, new ProductChange(created.batchId(), 1, List.of(), "", hex(rs.getBytes(4)),
                                    created.at()));
                        }
                        changes.add(new ProductChange(rs.getLong(2), (int) (rs.getLong(1) - CatalogKeys.firstOfProduct(productId)),
                                JsonText.list(rs.getString(3)), hex(rs.getBytes(4)), hex(rs.getBytes(5)),
                                rs.getObject(6, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return changes;
        });
    }

    private static List<StoredProduct> products(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                List<StoredProduct> products = new ArrayList<>();
                while (rs.next()) {
                    Product product = ProductJson.read(rs.getBytes(1));
                    products.add(new StoredProduct(product, rs.getLong(3),
                            new LazySources(rs.getBytes(2), product.skus(), rs.getString(6), rs.getString(7)),
                            rs.getInt(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
                return products;
            }
        }
    }

    private static String hex(byte[] digest) {
        return digest == null ? "" : HexFormat.of().formatHex(digest);
    }
}
