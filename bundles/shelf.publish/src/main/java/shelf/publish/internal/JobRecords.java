package shelf.publish.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import shelf.api.catalog.CatalogException;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobKind;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.catalog.spi.CatalogTables;

/** The outbox as operators see and steer it: queueing, listing, counting, retrying and cancelling jobs. */
final class JobRecords {
    static final String COLUMNS = "SELECT id, run_id, channel, merchant, spu_code, kind, sku_code, job_value, "
            + "state, attempts, next_at, listing_id, error_code, error, created_at, updated_at, sent_note FROM publish_job";

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final CatalogTables tables;

    JobRecords(CatalogTables tables) {
        this.tables = tables;
    }

    <T> T work(String doing, Work<T> work) throws CatalogException {
        try (Connection c = tables.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw tables.failure(doing, e);
        }
    }

    long nextRun() throws CatalogException {
        return work("number a publishing run in", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT nextval('publish_run')"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Queues the jobs, committing a thousand at a time: H2 pays for a large open transaction twice, and the
     * workers can start on the first jobs while the rest are written. A publish cut short half-way leaves the
     * jobs it wrote; running it again queues the others and skips those already waiting.
     */
    void insert(long run, List<NewJob> jobs, String requestedBy) throws CatalogException {
        long now = System.currentTimeMillis();
        work("queue publishing jobs in", c -> {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO publish_job (run_id, channel, merchant, spu_code, "
                    + "kind, sku_code, job_value, state, attempts, next_at, listing_id, error_code, error, created_at, "
                    + "updated_at, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, '', '', '', ?, ?, ?)")) {
                int n = 0;
                for (NewJob job : jobs) {
                    s.setLong(1, run);
                    s.setString(2, job.channel());
                    s.setString(3, job.merchant());
                    s.setString(4, job.spuCode());
                    s.setString(5, job.kind().label());
                    s.setString(6, job.skuCode());
                    s.setString(7, job.value());
                    s.setLong(8, now);
                    s.setLong(9, now);
                    s.setLong(10, now);
                    s.setString(11, requestedBy);
                    s.addBatch();
                    if (++n % 1000 == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
            }
            c.commit();
            return null;
        });
    }

    /** The products with a publish job still waiting on the channel: a new one would send nothing more. */
    Set<String> waiting(String channel) throws CatalogException {
        return work("read the queue of", c -> {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT merchant, spu_code FROM publish_job "
                    + "WHERE channel = ? AND state = 'pending' AND kind = 'publish'")) {
                s.setString(1, channel);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        keys.add(ClaimedJob.key(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return keys;
        });
    }

    /** Those of the merchant's products (SPU codes) with a publish job still waiting on the channel, by key. */
    Set<String> waiting(String channel, String merchant, List<String> spuCodes) throws CatalogException {
        return work("read the queue of", c -> {
            Set<String> keys = new HashSet<>();
            for (int from = 0; from < spuCodes.size(); from += ProductJobs.PART) {
                List<String> some = spuCodes.subList(from, Math.min(spuCodes.size(), from + ProductJobs.PART));
                try (PreparedStatement s = c.prepareStatement("SELECT merchant, spu_code FROM publish_job WHERE spu_code IN ("
                        + String.join(", ", java.util.Collections.nCopies(some.size(), "?")) + ") AND merchant = ? "
                        + "AND channel = ? AND state = 'pending' AND kind = 'publish'")) {
                    for (int i = 0; i < some.size(); i++) {
                        s.setString(i + 1, some.get(i));
                    }
                    s.setString(some.size() + 1, merchant);
                    s.setString(some.size() + 2, channel);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            keys.add(ClaimedJob.key(rs.getString(1), rs.getString(2)));
                        }
                    }
                }
            }
            return keys;
        });
    }

    /** The query's state (when {@code state}), channel and run as " AND …" conditions and their arguments. */
    static void filters(JobQuery query, boolean state, StringBuilder sql, List<Object> args) {
        if (state && query.state() != null) {
            sql.append(" AND state = ?");
            args.add(query.state().label());
        }
        if (!query.channel().isEmpty()) {
            sql.append(" AND channel = ?");
            args.add(query.channel());
        }
        if (query.run() != 0) {
            sql.append(" AND run_id = ?");
            args.add(query.run());
        }
    }

    List<Job> jobs(JobQuery query, JobScope scope, Function<Job, String> notes) throws CatalogException {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE ").append(scope.sql());
        List<Object> args = new ArrayList<>(scope.args());
        filters(query, true, sql, args);
        sql.append(" ORDER BY id DESC");
        if (query.limit() > 0) {
            sql.append(" LIMIT ").append(query.limit());
        }
        return work("list the publishing jobs in", c -> read(c, sql.toString(), args, notes));
    }

    Optional<Job> job(long id, Function<Job, String> notes) throws CatalogException {
        return work("read job " + id + " in", c -> read(c, COLUMNS + " WHERE id = ?", List.of(id), notes))
                .stream().findFirst();
    }

    /** Whether the job is in the scope. */
    boolean sees(long id, JobScope scope) throws CatalogException {
        return work("read job " + id + " in", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM publish_job WHERE id = ? AND " + scope.sql())) {
                List<Object> args = scope.after(List.of(id));
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    static List<Job> read(Connection c, String sql, List<Object> args, Function<Job, String> notes)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Job job = new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            JobKind.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)), rs.getString(7), rs.getString(8),
                            JobState.parse(rs.getString(9)), rs.getInt(10), rs.getString(12), rs.getString(13),
                            rs.getString(14), "", Instant.ofEpochMilli(rs.getLong(15)), Instant.ofEpochMilli(rs.getLong(16)));
                    jobs.add(withNote(job, rs.getLong(11), rs.getString(17), notes));
                }
            }
            return jobs;
        }
    }

    private static Job withNote(Job job, long nextAt, String sentNote, Function<Job, String> notes) {
        String note = notes.apply(job);
        if (note.isEmpty()) {
            note = sentNote; // what a done job sent in place of what it should have (original images)
        }
        if (note.isEmpty() && job.state() == JobState.PENDING && nextAt > System.currentTimeMillis()) {
            note = "retry at " + Clock.time(nextAt);
        }
        return new Job(job.id(), job.run(), job.channel(), job.merchant(), job.spuCode(), job.kind(), job.skuCode(),
                job.value(), job.state(), job.attempts(), job.listingId(), job.errorCode(), job.error(), note,
                job.createdAt(), job.updatedAt());
    }

    /**
     * Jobs of the run (0: any) still pending or running, read through the queue index channel by channel, so
     * the cost follows what is left rather than the whole history (await asks five times a second).
     */
    /**
     * Whether a job of the run (0: any run) is pending or running. Stops at the first one found through the
     * queue index, so asking several times a second while thousands wait costs next to nothing.
     */
    boolean outstanding(long run, java.util.Collection<String> channels) throws CatalogException {
        return outstanding(run, channels, JobScope.ALL);
    }

    /** Whether a job of the run (0: any run) in the scope is pending or running. */
    boolean outstanding(long run, java.util.Collection<String> channels, JobScope scope) throws CatalogException {
        return work("look for waiting publishing jobs in", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM publish_job WHERE channel = ? "
                    + "AND state IN ('pending', 'running') AND (? = 0 OR run_id = ?) AND " + scope.sql() + " LIMIT 1")) {
                for (String channel : channels) {
                    s.setString(1, channel);
                    s.setLong(2, run);
                    s.setLong(3, run);
                    for (int i = 0; i < scope.args().size(); i++) {
                        s.setObject(i + 4, scope.args().get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    /** Channels that have jobs. */
    List<String> channels() throws CatalogException {
        return work("list the channels of", c -> {
            List<String> channels = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT channel FROM publish_job ORDER BY channel");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    channels.add(rs.getString(1));
                }
            }
            return channels;
        });
    }

    /** Jobs by channel and state; the channel "" holds the totals. */
    Map<String, JobCounts> countsByChannel(long run) throws CatalogException {
        return countsByChannel(run, JobScope.ALL);
    }

    /** Jobs in the scope by channel and state; the channel "" holds the totals. */
    Map<String, JobCounts> countsByChannel(long run, JobScope scope) throws CatalogException {
        return work("count the publishing jobs in", c -> {
            Map<String, long[]> counts = new TreeMap<>();
            String sql = "SELECT channel, state, COUNT(*) FROM publish_job WHERE " + scope.sql()
                    + (run == 0 ? "" : " AND run_id = ?") + " GROUP BY channel, state";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                List<Object> args = run == 0 ? scope.args() : new ArrayList<>(scope.args());
                if (run != 0) {
                    args.add(run);
                }
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                counts.put("", new long[5]);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int state = JobState.parse(rs.getString(2)).ordinal();
                        counts.computeIfAbsent(rs.getString(1), k -> new long[5])[state] += rs.getLong(3);
                        counts.get("")[state] += rs.getLong(3);
                    }
                }
            }
            Map<String, JobCounts> result = new TreeMap<>();
            counts.forEach((channel, n) -> result.put(channel, new JobCounts(n[0], n[1], n[2], n[3], n[4])));
            return result;
        });
    }

    /**
     * Puts failed or cancelled jobs back in the queue, their attempts counted from 1 again. One that was
     * ever tried looks its listing up before creating it: its tries are history an operator cannot read.
     */
    int requeue(String where, List<Object> args) throws CatalogException {
        return work("requeue publishing jobs in", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE publish_job SET state = 'pending', next_at = ?, "
                    + "updated_at = ?, may_exist = may_exist OR attempts > 0, attempts = CASE WHEN attempts > 0 THEN 1 ELSE 0 END "
                    + "WHERE " + where)) {
                long now = System.currentTimeMillis();
                s.setLong(1, now);
                s.setLong(2, now);
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 3, args.get(i));
                }
                return s.executeUpdate();
            }
        });
    }

    /** Cancels the job if it is still pending; whether it was. */
    boolean cancel(long id) throws CatalogException {
        return work("cancel job " + id + " in", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE publish_job SET state = 'cancelled', updated_at = ? "
                    + "WHERE id = ? AND state = 'pending'")) {
                s.setLong(1, System.currentTimeMillis());
                s.setLong(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }


}
