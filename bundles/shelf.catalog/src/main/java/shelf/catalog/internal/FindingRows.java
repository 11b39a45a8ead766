package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.store.Database;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingWriter;
import shelf.api.finding.Severity;

/**
 * The finding_pack and validation tables: each batch's last findings per channel, a thousand to a row (see
 * FindingPack), the packs first_seq to end_seq of its validation row. Findings stored as rows of the finding table
 * before the packs are read from there while their batch has no packs, and deleted when it is validated again.
 */
final class FindingRows {
    /**
     * Replaced packs deleted per transaction after a validation: H2 keeps each deleted pack in the transaction's
     * undo log, which a whole validation's worth (83 MB for a million findings) has it write to the file.
     */
    private static final int DISCARDED_PER_COMMIT = 32;
    /** The packs of the batch's last validation for the channel (all, before V9 gave them a range). */
    private static final String IN_RANGE = "seq >= COALESCE((SELECT first_seq FROM validation v WHERE v.batch_id = ? "
            + "AND v.channel = ?), 0) AND seq < COALESCE((SELECT end_seq FROM validation v WHERE v.batch_id = ? "
            + "AND v.channel = ?), 2147483647)";
    private static final String COLUMNS = "code, severity, merchant, spu_code, sku_code, field, src_file, src_sheet, "
            + "src_row, src_col, message, pack";

    private final Database database;
    /** Batch and channel of each validation writing in this runtime. */
    private final Set<String> writing = ConcurrentHashMap.newKeySet();

    FindingRows(Database database) {
        this.database = database;
    }

    void replace(long batchId, String channel, List<Finding> findings) throws CatalogException {
        try (Writer writer = writer(batchId, channel)) {
            writer.write(findings);
            writer.commit();
        }
    }

    /**
     * Replaces the batch's findings for the channel with those written, 1,000 to a pack: the packs go in above the
     * batch's others in one transaction, which makes them the batch's findings as it commits; the packs they
     * replace are deleted after.
     */
    Writer writer(long batchId, String channel) throws CatalogException {
        return new Writer(batchId, channel == null ? "" : channel);
    }

    final class Writer implements FindingWriter {
        private final long batchId;
        private final String channel;
        private final Connection c;
        private final PreparedStatement insert;
        private final FindingPack pack = new FindingPack();
        /** This writer's entry in {@link #writing}. */
        private final String key;
        /**
         * Above every pack of the batch and channel. A second validation of the batch at once is refused here
         * ({@link #writing}); one on another node starts at the same number, and the second to write a pack fails
         * on the first's key.
         */
        private final int firstSeq;
        private int seq;
        private boolean committed;

        private Writer(long batchId, String channel) throws CatalogException {
            this.batchId = batchId;
            this.channel = channel;
            this.key = batchId + "\u0000" + channel;
            if (!writing.add(key)) {
                throw validatedAlready(null);
            }
            Connection connection = null;
            boolean opened = false;
            try {
                connection = database.connect();
                connection.setAutoCommit(false);
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM finding WHERE batch_id = ? AND channel = ?")) {
                    delete.setLong(1, batchId);
                    delete.setString(2, channel);
                    delete.executeUpdate();
                }
                try (PreparedStatement last = connection.prepareStatement(
                        "SELECT MAX(seq) FROM finding_pack WHERE batch_id = ? AND channel = ?")) {
                    last.setLong(1, batchId);
                    last.setString(2, channel);
                    try (ResultSet rs = last.executeQuery()) {
                        rs.next();
                        int max = rs.getInt(1);
                        firstSeq = rs.wasNull() ? 0 : Math.addExact(max, 1);
                    }
                }
                seq = firstSeq;
                insert = connection.prepareStatement(
                        "INSERT INTO finding_pack (batch_id, channel, seq, findings) VALUES (?, ?, ?, ?)");
                c = connection;
                opened = true;
            } catch (SQLException e) {
                quietly(connection);
                throw failure(e);
            } finally {
                if (!opened) {
                    writing.remove(key);
                }
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
                    + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS INT), CAST(? AS INT))) "
                    + "AS s (batch_id, channel, validated_at, first_seq, end_seq) "
                    + "ON t.batch_id = s.batch_id AND t.channel = s.channel "
                    + "WHEN MATCHED THEN UPDATE SET validated_at = s.validated_at, first_seq = s.first_seq, "
                    + "end_seq = s.end_seq "
                    + "WHEN NOT MATCHED THEN INSERT (batch_id, channel, validated_at, first_seq, end_seq) "
                    + "VALUES (s.batch_id, s.channel, s.validated_at, s.first_seq, s.end_seq)")) {
                flush();
                mark.setLong(1, batchId);
                mark.setString(2, channel);
                mark.setObject(3, OffsetDateTime.now());
                mark.setInt(4, firstSeq);
                mark.setInt(5, seq);
                mark.executeUpdate();
                c.commit();
                committed = true;
            } catch (SQLException e) {
                throw failure(e);
            }
            discardReplaced();
        }

        /**
         * Deletes the packs below this validation's, a few per transaction. They are no longer read; what a failure
         * or a kill leaves of them the batch's next validation deletes, so a failure here is only logged.
         */
        private void discardReplaced() {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM finding_pack WHERE batch_id = ? "
                    + "AND channel = ? AND seq >= ? AND seq < ? AND NOT (" + IN_RANGE + ")")) {
                int from = oldestSeq();
                c.commit();
                for (; from < firstSeq; from += DISCARDED_PER_COMMIT) {
                    delete.setLong(1, batchId);
                    delete.setString(2, channel);
                    delete.setInt(3, from);
                    delete.setInt(4, Math.min(firstSeq, from + DISCARDED_PER_COMMIT));
                    rangeOf(delete, 5, batchId, channel);
                    delete.executeUpdate();
                    c.commit();
                }
            } catch (SQLException e) {
                quietlyRollBack();
                System.getLogger(FindingRows.class.getName()).log(System.Logger.Level.WARNING, "deleting the "
                        + "replaced findings of batch " + batchId + "; the next validation of it deletes them", e);
            }
        }

        private int oldestSeq() throws SQLException {
            try (PreparedStatement first = c.prepareStatement(
                    "SELECT MIN(seq) FROM finding_pack WHERE batch_id = ? AND channel = ? AND seq < ?")) {
                first.setLong(1, batchId);
                first.setString(2, channel);
                first.setInt(3, firstSeq);
                try (ResultSet rs = first.executeQuery()) {
                    rs.next();
                    int oldest = rs.getInt(1);
                    return rs.wasNull() ? firstSeq : oldest;
                }
            }
        }

        private void quietlyRollBack() {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next, which ends the transaction
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
                writing.remove(key);
            }
        }

        private CatalogException failure(SQLException e) {
            // a pack's key taken by another node's validation of the batch (see firstSeq)
            return "23505".equals(e.getSQLState()) ? validatedAlready(e)
                    : database.failure("store the findings of batch " + batchId + " in", e);
        }

        private CatalogException validatedAlready(SQLException cause) {
            return new CatalogException("Batch " + batchId + " is being validated"
                    + (channel.isEmpty() ? "" : " for " + channel) + " by another command at the same time; "
                    + "nothing of this validation was stored — validate again once that one has finished", cause);
        }
    }

    /** Sets the parameters of {@link #IN_RANGE}, from {@code at} on. */
    private static void rangeOf(PreparedStatement s, int at, long batchId, String channel) throws SQLException {
        for (int i = 0; i < 2; i++) {
            s.setLong(at + 2 * i, batchId);
            s.setString(at + 2 * i + 1, channel);
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
            // one statement, so the range and the packs are read as of the same moment
            try (PreparedStatement s = c.prepareStatement("SELECT findings FROM finding_pack WHERE batch_id = ? "
                    + "AND channel = ? AND " + IN_RANGE + " ORDER BY seq")) {
                s.setFetchSize(10);
                s.setLong(1, batchId);
                s.setString(2, filter.channel());
                rangeOf(s, 3, batchId, filter.channel());
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
