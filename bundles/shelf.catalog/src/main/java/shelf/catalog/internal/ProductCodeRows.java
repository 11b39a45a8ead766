package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import shelf.api.catalog.Product;

/** The rows of the product_code_key index (see {@link ProductCodes}): written beside each product, filled in once. */
final class ProductCodeRows {
    static final String INSERT = "INSERT INTO product_code_key (entry, product_id) VALUES (?, ?)";
    static final String DELETE = "DELETE FROM product_code_key WHERE entry = ?";
    private static final int FILL_EVERY = 1_000;

    /** Rows per multi-row INSERT: H2 pays per statement of a batch about as much as per row written. */
    private static final int ROWS_PER_INSERT = 1_000;

    private ProductCodeRows() {}

    /** Rows waiting to go in on one connection, written by multi-row INSERTs. */
    static final class Pending {
        private final Connection connection;
        private long[] entries = new long[64];
        private int size;

        Pending(Connection connection) {
            this.connection = connection;
        }

        void add(long productId, long[] codes) {
            for (long code : codes) {
                if (size == entries.length) {
                    entries = Arrays.copyOf(entries, entries.length * 2);
                }
                entries[size++] = ProductCodes.entry(code, productId);
            }
        }

        void write() throws SQLException {
            write(Integer.MAX_VALUE);
        }

        /**
         * Writes the rows in the order of their entries, committing every {@code commitEvery} rows: the keys of the
         * index's B-tree then go in as runs, each touching a few pages once. Written in the order products come,
         * the hashes land all over the tree, and every round of a batch rewrote most of its pages (H2 copies a
         * page on each change): a 100,000-row import took 9 s instead of 3 and left a 500 MB catalogue file.
         */
        void writeSorted(int commitEvery) throws SQLException {
            Arrays.sort(entries, 0, size);
            write(commitEvery);
        }

        private void write(int commitEvery) throws SQLException {
            int sinceCommit = 0;
            String full = null;
            for (int from = 0; from < size; from += ROWS_PER_INSERT) {
                int n = Math.min(ROWS_PER_INSERT, size - from);
                String sql = n == ROWS_PER_INSERT && full != null ? full : insert(n);
                if (n == ROWS_PER_INSERT) {
                    full = sql;
                }
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    for (int i = 0; i < n; i++) {
                        long entry = entries[from + i];
                        insert.setLong(2 * i + 1, entry);
                        insert.setLong(2 * i + 2, ProductCodes.productId(entry));
                    }
                    insert.executeUpdate();
                }
                sinceCommit += n;
                if (sinceCommit >= commitEvery) {
                    connection.commit();
                    sinceCommit = 0;
                }
            }
            if (sinceCommit > 0 && commitEvery != Integer.MAX_VALUE) {
                connection.commit();
            }
            size = 0;
            if (entries.length > 4 * ROWS_PER_INSERT) {
                entries = new long[64];
            }
        }

        private static String insert(int rows) {
            StringBuilder sql = new StringBuilder("INSERT INTO product_code_key (entry, product_id) VALUES ");
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            }
            return sql.toString();
        }
    }

    /** Queues one row per code of the product on {@code statement}, an INSERT. */
    static void insert(PreparedStatement statement, long productId, long[] codes) throws SQLException {
        for (long code : codes) {
            long entry = ProductCodes.entry(code, productId);
            statement.setLong(1, entry);
            statement.setLong(2, productId);
            statement.addBatch();
        }
    }

    /** Queues the deletion of the product's row of each code on {@code statement}, a DELETE. */
    static void delete(PreparedStatement statement, long productId, long[] codes) throws SQLException {
        for (long code : codes) {
            statement.setLong(1, ProductCodes.entry(code, productId));
            statement.addBatch();
        }
    }

    /** Brings one product's rows from {@code before} to {@code after}, in the caller's transaction. */
    static void change(Connection c, long productId, Product before, Product after) throws SQLException {
        long[] old = ProductCodes.of(before);
        long[] now = ProductCodes.of(after);
        try (PreparedStatement drop = c.prepareStatement(DELETE); PreparedStatement insert = c.prepareStatement(INSERT)) {
            delete(drop, productId, ProductCodes.added(now, old));
            insert(insert, productId, ProductCodes.added(old, now));
            drop.executeBatch();
            insert.executeBatch();
        }
    }

    /**
     * Writes the rows of every product when the index is empty but products are stored: a catalogue from before
     * the index. Another node filling it at the same moment makes this one's insert fail and roll back; its
     * rows are there then.
     */
    static void fillIfEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM product_code_key), (SELECT COUNT(*) FROM product)")) {
            rs.next();
            if (rs.getLong(1) > 0 || rs.getLong(2) == 0) {
                return;
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement select = c.prepareStatement("SELECT id, doc FROM product");
                PreparedStatement insert = c.prepareStatement(INSERT)) {
            select.setFetchSize(1_000);
            int queued = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    insert(insert, rs.getLong(1), ProductCodes.of(ProductJson.read(rs.getBytes(2))));
                    if (++queued % FILL_EVERY == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
