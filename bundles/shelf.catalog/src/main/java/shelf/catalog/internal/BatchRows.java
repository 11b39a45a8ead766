package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import shelf.api.catalog.StoredBatch;

/** The batch table: its columns as a {@link StoredBatch}. */
final class BatchRows {
    static final String COLUMNS = "id, merchant, file, sheet, rows_read, products, skus, errors, created, updated, "
            + "unchanged, state, imported_at, imported_by, warnings";

    private BatchRows() {}

    static StoredBatch read(ResultSet rs) throws SQLException {
        return new StoredBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class).toInstant(), rs.getString(14), rs.getInt(15));
    }

    /** The state of a batch being written; its products are left out of every query until it is imported. */
    static final String IMPORTING = "importing";

    /** Deletes a batch that did not finish and the products it created (see H2BatchWriter). */
    static void discard(Connection connection, long batchId) throws SQLException {
        try (PreparedStatement codes = connection.prepareStatement("DELETE FROM product_code_key WHERE product_id IN "
                + "(SELECT id FROM product WHERE created_batch = ?)");
                PreparedStatement products = connection.prepareStatement("DELETE FROM product WHERE created_batch = ?");
                PreparedStatement batch = connection.prepareStatement("DELETE FROM batch WHERE id = ?")) {
            codes.setLong(1, batchId);
            codes.executeUpdate();
            products.setLong(1, batchId);
            products.executeUpdate();
            batch.setLong(1, batchId);
            batch.executeUpdate();
        }
    }

    /** Deletes what batches cut short (by kill -9, say) left behind; run on start, before any batch begins. */
    static void discardUnfinished(Connection connection) throws SQLException {
        List<Long> unfinished = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM batch WHERE state = ?")) {
            select.setString(1, IMPORTING);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    unfinished.add(rs.getLong(1));
                }
            }
        }
        for (long id : unfinished) {
            discard(connection, id);
        }
    }

    /** Writes the batch's final counts and state into the row inserted when it began. */
    static void finish(Connection connection, StoredBatch b) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE batch SET merchant = ?, rows_read = ?, "
                + "products = ?, skus = ?, errors = ?, created = ?, updated = ?, unchanged = ?, state = ?, warnings = ? WHERE id = ?")) {
            update.setString(1, b.merchant());
            update.setInt(2, b.rows());
            update.setInt(3, b.products());
            update.setInt(4, b.skus());
            update.setInt(5, b.errors());
            update.setInt(6, b.created());
            update.setInt(7, b.updated());
            update.setInt(8, b.unchanged());
            update.setString(9, b.state());
            update.setInt(10, b.warnings());
            update.setLong(11, b.id());
            update.executeUpdate();
        }
    }
}
