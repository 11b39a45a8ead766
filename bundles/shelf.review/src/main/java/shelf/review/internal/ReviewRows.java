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
    static final List<String> SCHEMA = List.of("db/V1__review.sql", "db/V2__review_listing.sql",
            "db/V3__review_tally.sql", "db/V4__review_blocked_order.sql", "db/V5__review_waiting.sql");

    static void migrate(shelf.api.store.Database db) throws shelf.api.catalog.CatalogException {
        db.migrate("review", ReviewRows.class, SCHEMA);
        try (Connection c = db.connect()) {
            fillCategories(c);
        } catch (SQLException e) {
            throw db.failure("fill in the review rows' categories in", e);
        }
    }

    /**
     * The category of rows written before the review table kept one, from the catalogue's product table — once
     * it exists: the review chain may be migrated before the catalogue's, and a fresh catalogue has no such rows.
     */
    static void fillCategories(Connection c) throws SQLException {
        boolean catalogue;
        try (ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            catalogue = false;
            while (tables.next()) {
                catalogue |= tables.getString("TABLE_NAME").equalsIgnoreCase("product");
            }
        }
        if (!catalogue) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE review SET category_path = COALESCE((SELECT "
                + "p.category_path FROM product p WHERE p.merchant = review.merchant AND p.spu_code = review.spu_code), '')"
                + " WHERE category_path IS NULL")) {
            s.executeUpdate();
        }
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

    /**
     * The review rows of these products of the merchant that have one, by SPU code: a lookup on the primary key
     * each, one statement. Not "spu_code IN (…)": with the merchant before the code in the key, H2 reads the
     * merchant's every row for each such statement, and a batch of 250,000 products then took minutes.
     */
    static Map<String, Row> rows(Connection c, String merchant, List<String> spuCodes) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT merchant, spu_code, state, since, by_user, note, "
                + "blocked_by FROM review WHERE merchant = ? AND spu_code = ?")) {
            s.setString(1, merchant);
            for (String spuCode : spuCodes) {
                s.setString(2, spuCode);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        rows.put(spuCode, read(rs));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The SPU codes of the merchant's products in this state that come after {@code after}, at most {@code limit},
     * in the database's order of SPU codes: one part of a walk through them (the next part starts after the last
     * code of this one), read from the review_waiting index (db/V5__review_waiting.sql).
     */
    static List<String> spuCodes(Connection c, String merchant, ReviewState state, String after, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT spu_code FROM review WHERE merchant = ? AND state = ? "
                + "AND spu_code > ? ORDER BY spu_code LIMIT ?")) {
            s.setString(1, merchant);
            s.setString(2, state.id());
            s.setString(3, after);
            s.setInt(4, limit);
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
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

    /**
     * Writes the row and the event of the move from {@code from}, if the product is still there; the caller
     * commits. False when another session moved it first (its row is no longer in {@code from}): two
     * reviewers approving the same product at once make one step, not two.
     */
    static boolean move(Connection c, Row row, ReviewState from, String title, String categoryPath) throws SQLException {
        if (from == ReviewState.DRAFT) {
            if (find(c, row.merchant(), row.spuCode()) != null) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO review (merchant, spu_code, state, since, by_user, "
                    + "note, blocked_by, title, category_path, blocked_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, row);
                s.setString(8, title);
                s.setString(9, categoryPath);
                setBlockedSince(s, 10, row);
                s.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // submitted by someone else in the meantime: the key is taken
                }
                throw e;
            }
        } else {
            try (PreparedStatement s = c.prepareStatement("UPDATE review SET state = ?, since = ?, by_user = ?, "
                    + "note = ?, blocked_by = ?, title = ?, category_path = ?, blocked_since = ? "
                    + "WHERE merchant = ? AND spu_code = ? AND state = ?")) {
                s.setString(1, row.state().id());
                s.setObject(2, OffsetDateTime.ofInstant(row.since(), ZoneOffset.UTC));
                s.setString(3, row.by());
                s.setString(4, row.note());
                s.setString(5, row.blockedBy());
                s.setString(6, title);
                s.setString(7, categoryPath);
                setBlockedSince(s, 8, row);
                s.setString(9, row.merchant());
                s.setString(10, row.spuCode());
                s.setString(11, from.id());
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
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
        return true;
    }

    /** The row's since while it is blocked and not approved, for the board's blocked cards (db/V4__review_blocked_order.sql). */
    private static void setBlockedSince(PreparedStatement s, int i, Row row) throws SQLException {
        if (row.blockedBy().isEmpty() || row.state() == ReviewState.APPROVED) {
            s.setNull(i, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(i, OffsetDateTime.ofInstant(row.since(), ZoneOffset.UTC));
        }
    }

    private static void bind(PreparedStatement s, Row row) throws SQLException {
        s.setString(1, row.merchant());
        s.setString(2, row.spuCode());
        s.setString(3, row.state().id());
        s.setObject(4, OffsetDateTime.ofInstant(row.since(), ZoneOffset.UTC));
        s.setString(5, row.by());
        s.setString(6, row.note());
        s.setString(7, row.blockedBy());
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
