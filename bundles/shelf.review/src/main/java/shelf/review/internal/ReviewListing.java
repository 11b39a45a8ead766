package shelf.review.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewState;
import shelf.api.security.DataScope;

/**
 * The queue and the board read from the review table alone: the subject's data scope and the board's filters
 * are SQL conditions, so a page of the queue or a column's few oldest cards is read without the products of
 * the scope (100,000 of them decoded for every look would take seconds). Titles and categories are the ones
 * the product had at its last review step (db/V2__review_listing.sql).
 */
final class ReviewListing {
    private static final String COLUMNS = "SELECT merchant, spu_code, state, since, by_user, note, blocked_by, "
            + "COALESCE(title, ''), COALESCE(category_path, '') FROM review";
    private static final String ORDER = " ORDER BY since, merchant, spu_code";

    /** A WHERE clause's conditions and their parameters, built up in order. */
    static final class Where {
        private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");

        /** The conditions alone, to follow another query's own ("… AND 1 = 1 AND merchant = ?"). */
        private String conditions() {
            return sql.substring(" WHERE".length());
        }
        private final List<Object> params = new ArrayList<>();

        Where and(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            params.addAll(List.of(values));
            return this;
        }

        /** The products of the scope: its merchants, and categories equal to or under its prefixes. */
        Where scope(DataScope scope) {
            if (!scope.merchants().isEmpty()) {
                and("merchant IN (" + String.join(", ", scope.merchants().stream().map(m -> "?").toList()) + ")",
                        scope.merchants().stream().sorted().toArray());
            }
            if (!scope.categoryPrefixes().isEmpty()) {
                List<String> any = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (String prefix : scope.categoryPrefixes()) {
                    if (prefix.endsWith("/")) {
                        any.add("category_path LIKE ? ESCAPE '!'");
                        values.add(like(prefix) + "%");
                    } else {
                        any.add("category_path = ? OR category_path LIKE ? ESCAPE '!'");
                        values.add(prefix);
                        values.add(like(prefix) + "/%");
                    }
                }
                and("(" + String.join(" OR ", any) + ")", values.toArray());
            }
            return this;
        }

        /** The board's filters: one merchant, a category prefix (as typed: "服饰" matches "服饰鞋包/…"). */
        Where filter(String merchant, String categoryPrefix) {
            if (!merchant.isEmpty()) {
                and("merchant = ?", merchant);
            }
            if (!categoryPrefix.isEmpty()) {
                and("category_path LIKE ? ESCAPE '!'", like(categoryPrefix) + "%");
            }
            return this;
        }

        Where states(List<ReviewState> states) {
            if (states.size() == 1) {
                return and("state = ?", states.get(0).id());
            }
            return and("state IN (" + String.join(", ", states.stream().map(s -> "?").toList()) + ")",
                    states.stream().map(ReviewState::id).toArray());
        }

        private PreparedStatement prepare(Connection c, String head, String tail, Object... more) throws SQLException {
            PreparedStatement s = c.prepareStatement(head + (head.endsWith(" AND") ? conditions() : sql.toString()) + tail);
            int i = 1;
            for (Object p : params) {
                s.setObject(i++, p);
            }
            for (Object p : more) {
                s.setObject(i++, p);
            }
            return s;
        }

        int count(Connection c) throws SQLException {
            try (PreparedStatement s = prepare(c, "SELECT COUNT(*) FROM review", "");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }

        /** The rows oldest first, from the offset on, at most limit of them. */
        List<ReviewItem> items(Connection c, int offset, int limit) throws SQLException {
            try (PreparedStatement s = prepare(c, COLUMNS, ORDER + " LIMIT ? OFFSET ?", limit, offset)) {
                return read(s);
            }
        }

        /** Counts per state, one query: state → count. */
        java.util.Map<ReviewState, Integer> countsByState(Connection c) throws SQLException {
            java.util.Map<ReviewState, Integer> counts = new java.util.EnumMap<>(ReviewState.class);
            try (PreparedStatement s = prepare(c, "SELECT state, COUNT(*) FROM review", " GROUP BY state");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(ReviewState.of(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        }
    }

    private ReviewListing() {}

    // Drafts are the catalogue's products without a review row: the one read of the catalogue's table here, as
    // CatalogQueries has it (products of a batch still importing are not there yet).
    private static final String DRAFTS = " FROM product p WHERE NOT EXISTS (SELECT 1 FROM review r WHERE "
            + "r.merchant = p.merchant AND r.spu_code = p.spu_code) AND p.created_batch NOT IN (SELECT id FROM batch "
            + "WHERE state = 'importing')";

    /**
     * The products of the scope and filters in the catalogue, counted on its (merchant, SPU) index where only
     * merchants narrow it; the drafts are these less the review rows. A product of a batch still importing is
     * counted a moment early.
     */
    static int productCount(Connection c, DataScope scope, String merchant, String categoryPrefix) throws SQLException {
        Where where = where().scope(scope).filter(merchant, categoryPrefix);
        try (PreparedStatement s = where.prepare(c, "SELECT COUNT(*) FROM product", "");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The oldest drafts as {merchant, SPU code}, by their last import. */
    static List<String[]> oldestDrafts(Connection c, DataScope scope, String merchant, String categoryPrefix, int limit)
            throws SQLException {
        Where where = where().scope(scope).filter(merchant, categoryPrefix);
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement s = where.prepare(c, "SELECT p.merchant, p.spu_code" + DRAFTS + " AND",
                " ORDER BY p.updated_at, p.merchant, p.spu_code LIMIT ?", limit);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return keys;
    }

    static Where where() {
        return new Where();
    }

    /**
     * Rows of several states in queue order, from the offset on: each state's rows come in order from its
     * index (state, since, …) and are merged here — one query over several states would sort all of them.
     */
    static List<ReviewItem> items(Connection c, List<ReviewState> states, java.util.function.Supplier<Where> where,
            int offset, int limit) throws SQLException {
        List<ReviewItem> merged = new ArrayList<>();
        for (ReviewState state : states) {
            merged.addAll(where.get().states(List.of(state)).items(c, 0, offset + limit));
        }
        merged.sort(java.util.Comparator.comparing(ReviewItem::since).thenComparing(ReviewItem::merchant)
                .thenComparing(ReviewItem::spuCode));
        return merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size()));
    }

    /** Rows after (since, merchant, spu) in queue order. */
    static Where after(Where where, Instant since, String merchant, String spuCode) {
        OffsetDateTime at = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
        return where.and("(since > ? OR since = ? AND (merchant > ? OR merchant = ? AND spu_code > ?))",
                at, at, merchant, merchant, spuCode);
    }

    private static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static List<ReviewItem> read(PreparedStatement s) throws SQLException {
        List<ReviewItem> items = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                items.add(new ReviewItem(rs.getString(1), rs.getString(2), rs.getString(8), rs.getString(9),
                        ReviewState.of(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
        }
        return items;
    }
}
