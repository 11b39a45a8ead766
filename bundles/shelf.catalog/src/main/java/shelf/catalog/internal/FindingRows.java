package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

/** The finding and validation tables: each batch's last findings per channel. */
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
        private int seq;
        private boolean committed;

        private Writer(long batchId, String channel) throws CatalogException {
            this.batchId = batchId;
            this.channel = channel;
            Connection connection = null;
            try {
                connection = database.connect();
                connection.setAutoCommit(false);
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM finding WHERE batch_id = ? AND channel = ?")) {
                    delete.setLong(1, batchId);
                    delete.setString(2, channel);
                    delete.executeUpdate();
                }
                insert = connection.prepareStatement("INSERT INTO finding (batch_id, channel, seq, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
                    bind(insert, batchId, channel, seq++, f);
                    insert.addBatch();
                    if (seq % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
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
                insert.executeBatch();
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

    private static void bind(PreparedStatement s, long batchId, String channel, int seq, Finding f) throws SQLException {
        s.setLong(1, batchId);
        s.setString(2, channel);
        s.setInt(3, seq);
        s.setString(4, f.code());
        s.setString(5, f.severity().name());
        s.setString(6, f.merchant());
        s.setString(7, f.spuCode());
        s.setString(8, f.skuCode());
        s.setString(9, f.field());
        SourceCell cell = f.source();
        s.setString(10, cell == null ? null : cell.file());
        s.setString(11, cell == null ? null : cell.sheet());
        if (cell == null) {
            s.setNull(12, Types.INTEGER);
            s.setNull(13, Types.INTEGER);
        } else {
            s.setInt(12, cell.row());
            s.setInt(13, cell.column());
        }
        s.setString(14, f.message());
        s.setString(15, f.pack());
    }

    List<Finding> findings(long batchId, FindingFilter filter) throws CatalogException {
        List<Finding> findings = new ArrayList<>();
        each(batchId, filter, findings::add);
        return findings;
    }

    /** Each finding in order, read a page at a time rather than all at once. */
    void each(long batchId, FindingFilter filter, java.util.function.Consumer<Finding> each) throws CatalogException {
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
