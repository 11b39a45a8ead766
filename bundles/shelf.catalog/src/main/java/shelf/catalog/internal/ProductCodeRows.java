package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import shelf.api.catalog.Product;

/** The rows of the product_code index (see {@link ProductCodes}): written beside each product, filled in once. */
final class ProductCodeRows {
    static final String INSERT = "INSERT INTO product_code (code, product_id) VALUES (?, ?)";
    static final String DELETE = "DELETE FROM product_code WHERE code = ? AND product_id = ?";
    private static final int FILL_EVERY = 1_000;

    /** Rows per multi-row INSERT: H2 pays per statement of a batch about as much as per row written. */
    private static final int ROWS_PER_INSERT = 1_000;

    private ProductCodeRows() {}

    /** Rows waiting to go in on one connection, written by multi-row INSERTs. */
    static final class Pending {
        private final Connection connection;
        private long[] rows = new long[2 * 64];
        private int size;

        Pending(Connection connection) {
            this.connection = connection;
        }

        void add(long productId, long[] codes) {
            for (long code : codes) {
                if (size + 2 > rows.length) {
                    rows = java.util.Arrays.copyOf(rows, rows.length * 2);
                }
                rows[size++] = code;
                rows[size++] = productId;
            }
        }

        void write() throws SQLException {
            write(Integer.MAX_VALUE);
        }

        /**
         * Writes the rows in the order of their codes, committing every {@code commitEvery} rows: the keys of the
         * index's B-tree then go in as runs, each touching a few pages once. Written in the order products come,
         * the hashes land all over the tree, and every round of a batch rewrote most of its pages (H2 copies a
         * page on each change): a 100,000-row import took 9 s instead of 3 and left a 500 MB catalogue file.
         */
        void writeSorted(int commitEvery) throws SQLException {
            sortPairs(rows, 0, size / 2 - 1);
            write(commitEvery);
        }

        private void write(int commitEvery) throws SQLException {
            int sinceCommit = 0;
            for (int from = 0; from < size; from += 2 * ROWS_PER_INSERT) {
                int n = Math.min(ROWS_PER_INSERT, (size - from) / 2);
                StringBuilder sql = new StringBuilder("INSERT INTO product_code (code, product_id) VALUES ");
                for (int i = 0; i < n; i++) {
                    sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
                }
                try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                    for (int i = 0; i < 2 * n; i++) {
                        insert.setLong(i + 1, rows[from + i]);
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
            if (rows.length > 2 * 4 * ROWS_PER_INSERT) {
                rows = new long[2 * 64];
            }
        }
    }

    /**
     * Sorts the pairs {@code (rows[2i], rows[2i + 1])} from pair {@code lo} to pair {@code hi} by their first
     * number (a quicksort: the codes are hashes, so no input is adversarial; equal codes are rare).
     */
    static void sortPairs(long[] rows, int lo, int hi) {
        while (hi - lo > 16) {
            long pivot = rows[2 * ((lo + hi) >>> 1)];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (rows[2 * i] < pivot) {
                    i++;
                }
                while (rows[2 * j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(rows, i++, j--);
                }
            }
            // the smaller side by recursion, the larger by the loop: the stack stays shallow
            if (j - lo < hi - i) {
                sortPairs(rows, lo, j);
                lo = i;
            } else {
                sortPairs(rows, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && rows[2 * j - 2] > rows[2 * j]; j--) {
                swap(rows, j - 1, j);
            }
        }
    }

    private static void swap(long[] rows, int a, int b) {
        long code = rows[2 * a];
        long id = rows[2 * a + 1];
        rows[2 * a] = rows[2 * b];
        rows[2 * a + 1] = rows[2 * b + 1];
        rows[2 * b] = code;
        rows[2 * b + 1] = id;
    }

    /** Queues one row per code on {@code statement} (INSERT or DELETE). */
    static void add(PreparedStatement statement, long productId, long[] codes) throws SQLException {
        for (long code : codes) {
            statement.setLong(1, code);
            statement.setLong(2, productId);
            statement.addBatch();
        }
    }

    /** Brings one product's rows from {@code before} to {@code after}, in the caller's transaction. */
    static void change(Connection c, long productId, Product before, Product after) throws SQLException {
        long[] old = ProductCodes.of(before);
        long[] now = ProductCodes.of(after);
        try (PreparedStatement drop = c.prepareStatement(DELETE); PreparedStatement insert = c.prepareStatement(INSERT)) {
            add(drop, productId, ProductCodes.added(now, old));
            add(insert, productId, ProductCodes.added(old, now));
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
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM product_code), (SELECT COUNT(*) FROM product)")) {
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
                    add(insert, rs.getLong(1), ProductCodes.of(ProductJson.read(rs.getBytes(2))));
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
