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
        /**
         * Of one state, "ORDER BY state, since, …": the same order, but H2 reads it from the front of the index
         * (state, since, merchant, spu_code) only when the ORDER BY names the index's columns from its first;
         * "ORDER BY since" made it read and sort every row of the state (100,000) for eight cards.
         */
        private String order = ORDER;

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

        /** The blocked products not yet approved, oldest first: see {@link ReviewListing#oldestBlocked}. */
        Where blocked() {
            order = " ORDER BY blocked_since, merchant, spu_code";
            return and("blocked_since IS NOT NULL");
        }

        Where states(List<ReviewState> states) {
            if (states.size() == 1) {
                order = " ORDER BY state, since, merchant, spu_code";
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
            try (PreparedStatement s = prepare(c, COLUMNS, order + " LIMIT ? OFFSET ?", limit, offset)) {
                return read(s);
            }
        }

        /** The database's plan for {@link #items}: tests see that the rows come from the front of an index. */
        String itemsPlan(Connection c, int limit) throws SQLException {
            try (PreparedStatement s = prepare(c, "EXPLAIN " + COLUMNS, order + " LIMIT ? OFFSET ?", limit, 0);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }

        /**
         * Counts per state and of the blocked products that are not approved, one scan of the rows: state →
         * count, and the blocked under {@link ReviewState#DRAFT} (no review row is a draft, so the key is free).
         */
        java.util.Map<ReviewState, int[]> countsByState(Connection c) throws SQLException {
            java.util.Map<ReviewState, int[]> counts = new java.util.EnumMap<>(ReviewState.class);
            try (PreparedStatement s = prepare(c, "SELECT state, COUNT(*), "
                    + "COALESCE(SUM(CASE WHEN blocked_by > '' THEN 1 ELSE 0 END), 0) FROM review", " GROUP BY state");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(ReviewState.of(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3)});
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


    /**
     * The oldest blocked products not yet approved in the scope and filters: the rows in the order of the index
     * (blocked_since, …), a page at a time, the scope and filters applied here until there are enough.
     * "blocked_by > '' AND state <> 'approved'" in SQL matched thousands of rows, each read and sorted for eight
     * cards; and with the scope's merchants in the query too, H2 reads them by the primary key instead of
     * that index, and sorts again.
     */
    static List<ReviewItem> oldestBlocked(Connection c, DataScope scope, String merchant, String categoryPrefix,
            int limit) throws SQLException {
        List<ReviewItem> found = new ArrayList<>();
        // a few more rows than cards first (most of a scope's blocked are usually its own), then twice as many each time
        int size = Math.max(2 * limit, 16);
        for (int offset = 0; found.size() < limit; offset += size, size = Math.min(2 * size, 4096)) {
            List<ReviewItem> page = where().blocked().items(c, offset, size);
            for (ReviewItem i : page) {
                if (found.size() < limit && scope.allows(i.merchant(), i.categoryPath())
                        && (merchant.isEmpty() || merchant.equals(i.merchant())) && i.categoryPath().startsWith(categoryPrefix)) {
                    found.add(i);
                }
            }
            if (page.size() < size) {
                break;
            }
        }
        return found;
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
        // "since >= ?" first: a range of the index the database can start from, the rest only sorts out the ties
        return where.and("since >= ? AND (since > ? OR since = ? AND (merchant > ? OR merchant = ? AND spu_code > ?))",
                at, at, at, merchant, merchant, spuCode);
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
