package shelf.publish.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import shelf.api.catalog.CatalogException;
import shelf.api.publish.JobKind;
import shelf.api.publish.JobState;
import shelf.catalog.spi.CatalogTables;

/**
 * The hot path of the outbox: claiming a channel's due jobs many at a time, with their products and listings
 * in the same query, and recording outcomes in groups. One transaction per claim and per group, never one
 * per job.
 */
final class JobQueue {
    static final String CLAIM = "SELECT j.id, j.kind, j.merchant, j.spu_code, j.sku_code, j.job_value, j.attempts, "
            + "j.may_exist, l.listing_id, l.digest, p.doc, p.digest FROM publish_job j "
            + "LEFT JOIN channel_listing l ON l.channel = j.channel AND l.merchant = j.merchant AND l.spu_code = j.spu_code "
            + "LEFT JOIN product p ON p.merchant = j.merchant AND p.spu_code = j.spu_code "
            + "WHERE j.channel = ? AND j.state = 'pending' AND j.next_at <= ? ORDER BY j.channel, j.state, j.id LIMIT ?";
    // ordered by the queue index's columns, not by id alone: H2 then reads the first jobs off the index; "ORDER BY
    // j.id" had it read, join and sort every pending job of the channel for each claim (1.6 s with 43,000 waiting,
    // a send rate that fell as the queue grew: 9 listings/s with 229,000 waiting)

    /**
     * On PostgreSQL several nodes claim from the same table: a row another node is claiming is skipped, not
     * waited for, and never taken twice.
     */
    private static final String CLAIM_SHARED = CLAIM + " FOR UPDATE OF j SKIP LOCKED";

    private final CatalogTables tables;
    private final ClusterNode node;

    JobQueue(CatalogTables tables, ClusterNode node) {
        this.tables = tables;
        this.node = node;
    }

    /**
     * Jobs cut short by a stop or a crash go back to the queue, as jobs whose call may have taken effect;
     * how many.
     */
    int resume() throws CatalogException {
        // this node's own, or those of no node (claimed before nodes were recorded); other nodes' jobs are
        // theirs until their leases run out (ClusterNode)
        try (Connection c = tables.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE publish_job SET state = 'pending', may_exist = TRUE, node = '', updated_at = ? "
                        + "WHERE state = 'running' AND (? OR node = ? OR node = '')")) {
            s.setLong(1, System.currentTimeMillis());
            s.setBoolean(2, !node.shared()); // H2: one process owns the file, every running job was cut short
            s.setString(3, node.id());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw tables.failure("resume the publishing jobs in", e);
        }
    }

    /**
     * Takes up to {@code limit} due jobs of the channel, oldest first, leaving those whose product is busy
     * (a job of it still in flight): they are marked running and their attempts counted.
     */
    List<ClaimedJob> claim(String channel, long now, int limit, Set<String> busy) throws CatalogException {
        try (Connection c = tables.connect()) {
            c.setAutoCommit(false);
            List<ClaimedJob> candidates = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement(node.shared() ? CLAIM_SHARED : CLAIM)) {
                s.setString(1, channel);
                s.setLong(2, now);
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ClaimedJob job = new ClaimedJob(rs.getLong(1), channel, JobKind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7) + 1,
                                rs.getBoolean(8), text(rs.getString(9)), rs.getBytes(10), rs.getBytes(11), rs.getBytes(12));
                        if (!busy.contains(job.key()) && keys.add(job.key())) {
                            candidates.add(job);
                        }
                    }
                }
            }
            List<ClaimedJob> claimed = new ArrayList<>(candidates.size());
            if (!candidates.isEmpty()) {
                long lease = now + node.leaseMillis();
                try (PreparedStatement u = c.prepareStatement("UPDATE publish_job SET state = 'running', "
                        + "attempts = attempts + 1, updated_at = ?, node = ?, lease_until = ? WHERE id = ? AND state = 'pending'")) {
                    for (ClaimedJob job : candidates) {
                        u.setLong(1, now);
                        u.setString(2, node.id());
                        u.setLong(3, lease);
                        u.setLong(4, job.id());
                        u.addBatch();
                    }
                    int[] counts = u.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] == 1) { // 0: cancelled between the read and the update
                            claimed.add(candidates.get(i));
                        }
                    }
                }
                if (node.shared() && !claimed.isEmpty()) {
                    logClaims(c, claimed);
                }
            }
            c.commit();
            return claimed;
        } catch (SQLException e) {
            throw tables.failure("claim the " + channel + " jobs in", e);
        }
    }

    /**
     * Which node took which job and when: the record that no two nodes held a job at once. The time is read
     * after the rows were locked as pending, so it is never before the previous holder let the job go.
     */
    private void logClaims(Connection c, List<ClaimedJob> claimed) throws SQLException {
        long at = System.currentTimeMillis();
        try (PreparedStatement log = c.prepareStatement(
                "INSERT INTO publish_claim (job_id, node, claimed_at) VALUES (?, ?, ?)")) {
            for (ClaimedJob job : claimed) {
                log.setLong(1, job.id());
                log.setString(2, node.id());
                log.setLong(3, at);
                log.addBatch();
            }
            log.executeBatch();
        }
    }

    /** Writes the outcomes in one transaction: the jobs' states and the listings they made or lost. */
    void record(List<Outcome> outcomes) throws CatalogException {
        long now = System.currentTimeMillis();
        try (Connection c = tables.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement job = c.prepareStatement("UPDATE publish_job SET state = ?, next_at = ?, "
                    + "listing_id = ?, error_code = ?, error = ?, updated_at = ?, attempts = attempts - ?, may_exist = may_exist OR ?, sent_note = ? WHERE id = ? AND node = ? "
                    + "AND state = 'running'");
                    PreparedStatement live = c.prepareStatement(ListingRecords.UPSERT);
                    PreparedStatement gone = c.prepareStatement(
                            "DELETE FROM channel_listing WHERE channel = ? AND merchant = ? AND spu_code = ?")) {
                boolean anyLive = false;
                boolean anyGone = false;
                for (Outcome o : outcomes) {
                    ClaimedJob j = o.job();
                    if (o.forgetListing()) {
                        gone.setString(1, j.channel());
                        gone.setString(2, j.merchant());
                        gone.setString(3, j.spuCode());
                        gone.addBatch();
                        anyGone = true;
                    }
                    if (o.listing() != null) {
                        live.setString(1, j.channel());
                        live.setString(2, j.merchant());
                        live.setString(3, j.spuCode());
                        live.setString(4, o.listing().listingId());
                        live.setString(5, o.listing().skuCodes());
                        live.setString(6, o.listing().skuIds());
                        live.setBytes(7, o.listing().digest());
                        live.setLong(8, now);
                        live.addBatch();
                        anyLive = true;
                    }
                    job.setString(1, o.state().name().toLowerCase(java.util.Locale.ROOT));
                    job.setLong(2, o.nextAt());
                    job.setString(3, o.listingId());
                    job.setString(4, o.errorCode());
                    job.setString(5, clip(o.error()));
                    job.setLong(6, now);
                    job.setInt(7, o.sent() ? 0 : 1);
                    job.setBoolean(8, o.uncertain());
                    job.setString(9, clip(o.sentNote()));
                    job.setLong(10, j.id());
                    job.setString(11, node.id());
                    job.addBatch();
                }
                if (anyGone) {
                    gone.executeBatch();
                }
                if (anyLive) {
                    live.executeBatch();
                }
                int[] stored = job.executeBatch();
                if (node.shared()) {
                    released(c, outcomes, stored, now);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw tables.failure("record the outcome of " + outcomes.size() + " publishing jobs in", e);
        }
    }

    /** The claims whose outcome was stored end now (those of jobs taken over meanwhile stay open). */
    private void released(Connection c, List<Outcome> outcomes, int[] stored, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE publish_claim SET released_at = ? WHERE job_id = ? AND node = ? AND released_at = 0")) {
            for (int i = 0; i < stored.length; i++) {
                if (stored[i] != 0) {
                    s.setLong(1, now);
                    s.setLong(2, outcomes.get(i).job().id());
                    s.setString(3, node.id());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A platform's message is kept whole up to a screenful; beyond that it is noise in jobs. */
    private static String clip(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 2000) + "…";
    }
}
