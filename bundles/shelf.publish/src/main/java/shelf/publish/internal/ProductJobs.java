package shelf.publish.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import shelf.api.catalog.CatalogException;
import shelf.api.publish.ChannelPlace;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;

/**
 * Jobs and listings of named products ("MERCHANT/SPU"), read on the spu_code indexes: where the
 * board's cards stand on the channels, and the jobs of a batch's products. Products are asked for a few
 * hundred SPU codes per statement, so a batch of any size is read in parts of bounded size.
 */
final class ProductJobs {
    /** SPU codes per statement. */
    static final int PART = 500;

    private final JobRecords records;

    ProductJobs(JobRecords records) {
        this.records = records;
    }

    /** Each product's latest publish job and listing per channel, in the scope: one statement for a page's cards. */
    List<ChannelPlace> places(Collection<String> products, JobScope scope) throws CatalogException {
        Map<String, List<String>> byMerchant = byMerchant(products);
        if (byMerchant.isEmpty()) {
            return List.of();
        }
        List<String> spus = byMerchant.values().stream().flatMap(List::stream).distinct().toList();
        // the codes on the index; the merchants are the scope's to narrow, and the pairs asked are kept below
        String keys = "spu_code IN (" + marks(spus.size()) + ")";
        String sql = "SELECT channel, merchant, spu_code, state, error_code, error, updated_at, '' AS listing_id, id "
                + "FROM publish_job WHERE kind = 'publish' AND " + keys + " AND " + scope.sql()
                + " UNION ALL SELECT channel, merchant, spu_code, CAST(NULL AS VARCHAR), '', '', published_at, listing_id, 0 "
                + "FROM channel_listing WHERE " + keys + " AND " + scope.sqlOn("channel_listing");
        List<Object> args = new ArrayList<>(spus);
        args.addAll(scope.args());
        args.addAll(spus);
        args.addAll(scope.args());
        java.util.Set<String> asked = new java.util.HashSet<>(products);
        return records.work("read where products stand on the channels in", c -> {
            Map<String, Place> places = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String product = rs.getString(2) + "/" + rs.getString(3);
                        if (asked.contains(product)) { // another merchant's product with the same code is not asked
                            places.computeIfAbsent(product + "\n" + rs.getString(1), k -> new Place()).add(rs);
                        }
                    }
                }
            }
            List<ChannelPlace> out = new ArrayList<>();
            places.forEach((key, place) -> out.add(place.toChannelPlace()));
            return out;
        });
    }

    /** The products' jobs matching the query in the scope, newest first, at most the query's limit. */
    List<Job> jobs(Collection<String> products, JobQuery query, JobScope scope, Function<Job, String> notes)
            throws CatalogException {
        List<Job> jobs = new ArrayList<>();
        for (Part part : parts(products)) {
            jobs.addAll(part(part, query, query.limit(), scope, notes));
        }
        jobs.sort(Comparator.comparingLong(Job::id).reversed());
        return query.limit() > 0 && jobs.size() > query.limit() ? List.copyOf(jobs.subList(0, query.limit())) : jobs;
    }

    private List<Job> part(Part part, JobQuery query, int limit, JobScope scope, Function<Job, String> notes)
            throws CatalogException {
        StringBuilder sql = new StringBuilder(JobRecords.COLUMNS).append(" WHERE ").append(part.sql).append(" AND ")
                .append(scope.sql());
        List<Object> args = new ArrayList<>(part.args);
        args.addAll(scope.args());
        JobRecords.filters(query, true, sql, args);
        sql.append(" ORDER BY id DESC");
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        }
        return records.work("list a batch's publishing jobs in", c -> JobRecords.read(c, sql.toString(), args, notes));
    }

    /** The products' jobs matching the query's channel and run in the scope, by state. */
    JobCounts counts(Collection<String> products, JobQuery query, JobScope scope) throws CatalogException {
        long[] n = new long[JobState.values().length];
        for (Part part : parts(products)) {
            StringBuilder sql = new StringBuilder("SELECT state, COUNT(*) FROM publish_job WHERE ").append(part.sql)
                    .append(" AND ").append(scope.sql());
            List<Object> args = new ArrayList<>(part.args);
            args.addAll(scope.args());
            JobRecords.filters(query, false, sql, args);
            sql.append(" GROUP BY state");
            records.work("count a batch's publishing jobs in", c -> {
                try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                    for (int i = 0; i < args.size(); i++) {
                        s.setObject(i + 1, args.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            n[JobState.parse(rs.getString(1)).ordinal()] += rs.getLong(2);
                        }
                    }
                }
                return null;
            });
        }
        return new JobCounts(n[0], n[1], n[2], n[3], n[4]);
    }


    /** One merchant's SPU codes, at most {@link #PART} of them, as a condition. */
    private record Part(String sql, List<Object> args) {}

    private static List<Part> parts(Collection<String> products) {
        List<Part> parts = new ArrayList<>();
        byMerchant(products).forEach((merchant, spus) -> {
            for (int from = 0; from < spus.size(); from += PART) {
                List<String> some = spus.subList(from, Math.min(spus.size(), from + PART));
                List<Object> args = new ArrayList<>(some);
                args.add(merchant);
                parts.add(new Part("spu_code IN (" + marks(some.size()) + ") AND merchant = ?", args));
            }
        });
        return parts;
    }

    /** "MERCHANT/SPU" by merchant, each merchant's codes sorted; a name without '/' is left out. */
    static Map<String, List<String>> byMerchant(Collection<String> products) {
        Map<String, TreeSet<String>> sets = new LinkedHashMap<>();
        for (String product : new TreeSet<>(products)) {
            int slash = product.indexOf('/');
            if (slash > 0 && slash < product.length() - 1) {
                sets.computeIfAbsent(product.substring(0, slash), k -> new TreeSet<>()).add(product.substring(slash + 1));
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        sets.forEach((merchant, spus) -> lists.put(merchant, List.copyOf(spus)));
        return new TreeMap<>(lists);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** What the rows of one product on one channel say: its latest publish job and its listing. */
    private static final class Place {
        private String merchant;
        private String spuCode;
        private String channel;
        private long jobId = -1;
        private JobState state;
        private String errorCode = "";
        private String error = "";
        private long at;
        private String listingId = "";
        private long listedAt;

        void add(ResultSet rs) throws java.sql.SQLException {
            channel = rs.getString(1);
            merchant = rs.getString(2);
            spuCode = rs.getString(3);
            String jobState = rs.getString(4);
            if (jobState == null) {
                listingId = rs.getString(8);
                listedAt = rs.getLong(7);
            } else if (rs.getLong(9) > jobId) {
                jobId = rs.getLong(9);
                state = JobState.parse(jobState);
                errorCode = rs.getString(5);
                error = rs.getString(6);
                at = rs.getLong(7);
            }
        }

        /** A failed job's reason, or why a waiting one is being retried; a done job's earlier failures are history. */
        private boolean keepsError() {
            return state == JobState.FAILED || state == JobState.PENDING;
        }

        ChannelPlace toChannelPlace() {
            return new ChannelPlace(merchant, spuCode, channel, state, listingId, keepsError() ? errorCode : "",
                    keepsError() ? error : "", Instant.ofEpochMilli(state == null ? listedAt : at));
        }
    }
}
