package shelf.review.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shelf.api.review.ReviewEvent;
import shelf.api.review.ReviewState;

/** The review and review_event tables (db/V1__review.sql). A product without a review row is a draft. */
final class ReviewRows {
    /** The merchants' and review tables: the "review" chain. */
    static final List<String> SCHEMA = List.of("db/V1__review.sql");

    static void migrate(shelf.api.store.Database db) throws shelf.api.catalog.CatalogException {
        db.migrate("review", ReviewRows.class, SCHEMA);
    }
    /** A product's review row. */
    record Row(String merchant, String spuCode, ReviewState state, Instant since, String by, String note,
            String blockedBy) {}

    private ReviewRows() {}

    static String key(String merchant, String spuCode) {
        return merchant + '\u0000' + spuCode;
    }

    /** Every review row, by {@link #key}. */
    static Map<String, Row> all(Connection c) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT merchant, spu_code, state, since, by_user, note, "
                + "blocked_by FROM review");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Row row = read(rs);
                rows.put(key(row.merchant(), row.spuCode()), row);
            }
        }
        return rows;
    }

    static Row find(Connection c, String merchant, String spuCode) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT merchant, spu_code, state, since, by_user, note, "
                + "blocked_by FROM review WHERE merchant = ? AND spu_code = ?")) {
            s.setString(1, merchant);
            s.setString(2, spuCode);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** The review states of a merchant's products that have a review row, by SPU code. */
    static Map<String, ReviewState> states(Connection c, String merchant) throws SQLException {
        Map<String, ReviewState> states = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT spu_code, state FROM review WHERE merchant = ?")) {
            s.setString(1, merchant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), ReviewState.of(rs.getString(2)));
                }
            }
        }
        return states;
    }

    /** Writes the row and the event of the move from {@code from}; the caller commits. */
    static void move(Connection c, Row row, ReviewState from) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO review t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
                + "CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR), "
                + "CAST(? AS VARCHAR), CAST(? AS VARCHAR))) "
                + "AS s (merchant, spu_code, state, since, by_user, note, blocked_by) "
                + "ON t.merchant = s.merchant AND t.spu_code = s.spu_code "
                + "WHEN MATCHED THEN UPDATE SET state = s.state, since = s.since, by_user = s.by_user, "
                + "note = s.note, blocked_by = s.blocked_by "
                + "WHEN NOT MATCHED THEN INSERT (merchant, spu_code, state, since, by_user, note, "
                + "blocked_by) "
                + "VALUES (s.merchant, s.spu_code, s.state, s.since, s.by_user, s.note, s.blocked_by)")) {
            s.setString(1, row.merchant());
            s.setString(2, row.spuCode());
            s.setString(3, row.state().id());
            s.setObject(4, OffsetDateTime.ofInstant(row.since(), ZoneOffset.UTC));
            s.setString(5, row.by());
            s.setString(6, row.note());
            s.setString(7, row.blockedBy());
            s.executeUpdate();
        }
        if (from != row.state()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO review_event (merchant, spu_code, from_state, "
                    + "to_state, by_user, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, row.merchant());
                s.setString(2, row.spuCode());
                s.setString(3, from.id());
                s.setString(4, row.state().id());
                s.setString(5, row.by());
                s.setObject(6, OffsetDateTime.ofInstant(row.since(), ZoneOffset.UTC));
                s.setString(7, row.note());
                s.executeUpdate();
            }
        }
    }

    static List<ReviewEvent> events(Connection c, String merchant, String spuCode) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT from_state, to_state, by_user, at, note FROM review_event "
                + "WHERE merchant = ? AND spu_code = ? ORDER BY id")) {
            s.setString(1, merchant);
            s.setString(2, spuCode);
            try (ResultSet rs = s.executeQuery()) {
                List<ReviewEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new ReviewEvent(ReviewState.of(rs.getString(1)), ReviewState.of(rs.getString(2)),
                            rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
                }
                return events;
            }
        }
    }

    private static Row read(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), ReviewState.of(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7));
    }
}
