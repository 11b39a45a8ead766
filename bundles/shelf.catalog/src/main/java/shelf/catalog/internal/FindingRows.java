package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import shelf.api.store.Database;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingWriter;
import shelf.api.finding.Severity;

/**
 * The finding_pack and validation tables: each batch's last findings per channel, a thousand to a row (see
 * FindingPack). Findings stored as rows of the finding table before the packs are read from there while their
 * batch has no packs, and deleted when it is validated again.
 */
final class FindingRows {
    private static final String COLUMNS = "code, severity, merchant, spu_code, sku_code, field, src_file, src_sheet, "
            + "src_row, src_col, message, pack";

    private final Database database;

    FindingRows(Database database) {
        this.database = database;
    }

    void replace(long batchId, String channel, List<Finding> findings) throws CatalogException {
        try (Writer writer = writer(batchId, channel)) {
            writer.write(findings);
            writer.commit();
        }
    }

    /** Replaces the batch's findings for the channel with those written, in one transaction, 1,000 rows at a time. */
    Writer writer(long batchId, String channel) throws CatalogException {
        return new Writer(batchId, channel == null ? "" : channel);
    }

    final class Writer implements FindingWriter {
        private final long batchId;
        private final String channel;
        private final Connection c;
        private final PreparedStatement insert;
        private final FindingPack pack = new FindingPack();
        private int seq;
        private boolean committed;

        private Writer(long batchId, String channel) throws CatalogException {
            this.batchId = batchId;
            this.channel = channel;
            Connection connection = null;
            try {
                connection = database.connect();
                connection.setAutoCommit(false);
                for (String table : List.of("finding", "finding_pack")) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE batch_id = ? AND channel = ?")) {
                        delete.setLong(1, batchId);
                        delete.setString(2, channel);
                        delete.executeUpdate();
                    }
                }
                insert = connection.prepareStatement(
                        "INSERT INTO finding_pack (batch_id, channel, seq, findings) VALUES (?, ?, ?, ?)");
                c = connection;
            } catch (SQLException e) {
                quietly(connection);
                throw failure(e);
            }
        }

        @Override
        public void write(List<Finding> findings) throws CatalogException {
            try {
                for (Finding f : findings) {
                    pack.add(f);
                    if (pack.size() == FindingPack.SIZE) {
                        flush();
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        private void flush() throws SQLException {
            if (pack.size() > 0) {
                insert.setLong(1, batchId);
                insert.setString(2, channel);
                insert.setInt(3, seq++);
                insert.setBytes(4, pack.take());
                insert.executeUpdate();
            }
        }

        @Override
        public void commit() throws CatalogException {
            try (PreparedStatement mark = c.prepareStatement("MERGE INTO validation t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR), "
                    + "CAST(? AS TIMESTAMP WITH TIME ZONE))) "
                    + "AS s (batch_id, channel, validated_at) "
                    + "ON t.batch_id = s.batch_id AND t.channel = s.channel "
                    + "WHEN MATCHED THEN UPDATE SET validated_at = s.validated_at "
                    + "WHEN NOT MATCHED THEN INSERT (batch_id, channel, validated_at) "
                    + "VALUES (s.batch_id, s.channel, s.validated_at)")) {
                flush();
                mark.setLong(1, batchId);
                mark.setString(2, channel);
                mark.setObject(3, OffsetDateTime.now());
                mark.executeUpdate();
                c.commit();
                committed = true;
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            try {
                if (!committed) {
                    c.rollback();
                }
            } catch (SQLException e) {
                System.getLogger(FindingRows.class.getName()).log(System.Logger.Level.WARNING,
                        "giving up the findings of batch " + batchId, e);
            } finally {
                quietly(c);
            }
        }

        private CatalogException failure(SQLException e) {
            return database.failure("store the findings of batch " + batchId + " in", e);
        }
    }

    private static void quietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is all that is left to do
            }
        }
    }

    List<Finding> findings(long batchId, FindingFilter filter) throws CatalogException {
        List<Finding> findings = new ArrayList<>();
        each(batchId, filter, findings::add);
        return findings;
    }

    /** Each finding in order, read a pack at a time rather than all at once. */
    void each(long batchId, FindingFilter filter, java.util.function.Consumer<Finding> each) throws CatalogException {
        java.util.function.Consumer<Finding> wanted = f -> {
            if ((filter.severity() == null || f.severity() == filter.severity())
                    && (filter.code().isEmpty() || f.code().equals(filter.code()))
                    && (filter.skuCode().isEmpty() || f.skuCode().equals(filter.skuCode()))) {
                each.accept(f);
            }
        };
        boolean packed = false;
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT findings FROM finding_pack WHERE batch_id = ? "
                    + "AND channel = ? ORDER BY seq")) {
                s.setFetchSize(10);
                s.setLong(1, batchId);
                s.setString(2, filter.channel());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        packed = true;
                        FindingPack.each(rs.getBytes(1), wanted);
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw database.failure("read the findings of batch " + batchId + " from", e);
        }
        if (!packed) {
            eachRow(batchId, filter, each);
        }
    }

    /** Findings stored as rows, before finding_pack. */
    private void eachRow(long batchId, FindingFilter filter, java.util.function.Consumer<Finding> each)
            throws CatalogException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM finding WHERE batch_id = ? AND channel = ?");
        List<Object> args = new ArrayList<>(List.of(batchId, filter.channel()));
        if (filter.severity() != null) {
            sql.append(" AND severity = ?");
            args.add(filter.severity().name());
        }
        if (!filter.code().isEmpty()) {
            sql.append(" AND code = ?");
            args.add(filter.code());
        }
        if (!filter.skuCode().isEmpty()) {
            sql.append(" AND sku_code = ?");
            args.add(filter.skuCode());
        }
        sql.append(" ORDER BY seq");
        try (Connection c = database.connect()) {
            // PostgreSQL's driver fetches by pages only inside a transaction
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                s.setFetchSize(1000);
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        each.accept(finding(rs));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw database.failure("read the findings of batch " + batchId + " from", e);
        }
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        String file = rs.getString(7);
        SourceCell cell = file == null ? null : new SourceCell(file, rs.getString(8), rs.getInt(9), rs.getInt(10));
        return new Finding(rs.getString(1), Severity.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), cell, rs.getString(11), rs.getString(12));
    }

    Optional<String> lastChannel(long batchId) throws CatalogException {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT channel FROM validation WHERE batch_id = ? ORDER BY validated_at DESC LIMIT 1")) {
            s.setLong(1, batchId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("read the validations of batch " + batchId + " from", e);
        }
    }
}
