package shelf.publish.internal;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;

import shelf.api.catalog.CatalogException;
import shelf.api.publish.NodeStatus;
import shelf.catalog.spi.CatalogTables;

/**
 * This process as a node of the catalogue's publishing: a row in publish_node with a heartbeat every second.
 * On PostgreSQL, where other Shelf processes may share the catalogue, the heartbeat also renews the leases
 * of the jobs this node runs, puts back in the queue the jobs of nodes whose leases ran out (they died), and
 * counts the live nodes, among which each channel's rate limit is shared. On H2 one process owns the file:
 * the node is shown, and nothing else changes.
 */
final class ClusterNode {
    private static final System.Logger LOG = System.getLogger(ClusterNode.class.getName());
    static final long HEARTBEAT_MILLIS = 1_000;
    /** A node not seen for this long is gone: its share of the rate limits goes to the others. */
    static final long LIVE_MILLIS = 3_500;

    private final CatalogTables tables;
    private final String id;
    private final boolean shared;
    private final long leaseMillis;
    private final IntConsumer onLiveNodes;
    private volatile long joinedAt;
    private volatile int liveNodes = 1;
    private Thread heartbeat;
    private volatile boolean stopping;

    ClusterNode(CatalogTables tables, String id, boolean shared, long leaseMillis, IntConsumer onLiveNodes) {
        this.tables = tables;
        this.id = id;
        this.shared = shared;
        this.leaseMillis = leaseMillis;
        this.onLiveNodes = onLiveNodes;
    }

    /** A node on the catalogue's database: shared when it is PostgreSQL. */
    static ClusterNode of(CatalogTables tables, Path home, long leaseMillis, IntConsumer onLiveNodes) throws CatalogException {
        try (Connection c = tables.connect()) {
            boolean shared = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            return new ClusterNode(tables, idOf(home), shared, leaseMillis, onLiveNodes);
        } catch (SQLException e) {
            throw tables.failure("read the kind of", e);
        }
    }

    /** host:SHELF_HOME — the same after a restart, so the node takes its own cut-short jobs back at once. */
    static String idOf(Path home) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + (home == null ? "engine-" + UUID.randomUUID() : home.toAbsolutePath().normalize());
    }

    String id() {
        return id;
    }

    /** Whether other processes may claim jobs from the same tables (PostgreSQL). */
    boolean shared() {
        return shared;
    }

    long leaseMillis() {
        return leaseMillis;
    }

    int liveNodes() {
        return liveNodes;
    }

    /**
     * Whether this node may claim jobs: on a shared catalogue only once the other nodes have seen it and
     * lowered their share of the rate limits (two heartbeats after joining), so the cluster never sends
     * above a limit while one joins.
     */
    boolean ready() {
        return !shared || System.currentTimeMillis() - joinedAt >= 2 * HEARTBEAT_MILLIS + 500;
    }

    void start() throws CatalogException {
        long now = System.currentTimeMillis();
        joinedAt = now;
        work("register this node in", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE publish_node SET started_at = ?, seen_at = ? WHERE id = ?")) {
                s.setLong(1, now);
                s.setLong(2, now);
                s.setString(3, id);
                if (s.executeUpdate() == 0) {
                    try (PreparedStatement i = c.prepareStatement("INSERT INTO publish_node (id, started_at, seen_at) VALUES (?, ?, ?)")) {
                        i.setString(1, id);
                        i.setLong(2, now);
                        i.setLong(3, now);
                        i.executeUpdate();
                    }
                }
            }
            return null;
        });
        beat();
        heartbeat = new Thread(this::beatForever, "shelf-publish-heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
    }

    /** Leaves the cluster: the others take its share of the rate limits at their next heartbeat. */
    void stop() {
        stopping = true;
        if (heartbeat != null) {
            heartbeat.interrupt();
            try {
                heartbeat.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            work("remove this node from", c -> {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM publish_node WHERE id = ?")) {
                    s.setString(1, id);
                    s.executeUpdate();
                }
                return null;
            });
        } catch (CatalogException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove node " + id + " from the cluster's table", e);
        }
    }

    private void beatForever() {
        while (!stopping) {
            try {
                Thread.sleep(HEARTBEAT_MILLIS);
                beat();
            } catch (InterruptedException e) {
                return;
            } catch (CatalogException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "heartbeat of node " + id, e);
            }
        }
    }

    /** One heartbeat: seen now, leases renewed, the jobs of dead nodes queued again, the live nodes counted. */
    void beat() throws CatalogException {
        long now = System.currentTimeMillis();
        int live = work("send this node's heartbeat to", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE publish_node SET seen_at = ? WHERE id = ?")) {
                s.setLong(1, now);
                s.setString(2, id);
                s.executeUpdate();
            }
            if (!shared) {
                return 1;
            }
            // rows being written just now (an outcome stored, a claim) are skipped, never waited for: the heartbeat
            // takes no lock another transaction holds, so it cannot deadlock with them
            try (PreparedStatement s = c.prepareStatement("UPDATE publish_job SET lease_until = ? WHERE id IN ("
                    + "SELECT id FROM publish_job WHERE node = ? AND state = 'running' FOR UPDATE SKIP LOCKED)")) {
                s.setLong(1, now + leaseMillis);
                s.setString(2, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE publish_job SET state = 'pending', may_exist = TRUE, "
                    + "node = '', updated_at = ? WHERE id IN (SELECT id FROM publish_job WHERE state = 'running' "
                    + "AND lease_until < ? AND node <> ? FOR UPDATE SKIP LOCKED)")) {
                s.setLong(1, now);
                s.setLong(2, now);
                s.setString(3, id);
                int taken = s.executeUpdate();
                if (taken > 0) {
                    LOG.log(System.Logger.Level.INFO, taken + " publishing jobs of a node whose lease ran out are queued again");
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM publish_node WHERE seen_at >= ?")) {
                s.setLong(1, now - LIVE_MILLIS);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Math.max(1, rs.getInt(1));
                }
            }
        });
        if (live != liveNodes) {
            liveNodes = live;
            onLiveNodes.accept(live);
        }
    }

    /** Every node ever registered, newest heartbeat first, with the running jobs each holds. */
    List<NodeStatus> nodes() throws CatalogException {
        long now = System.currentTimeMillis();
        return work("list the nodes of", c -> {
            Map<String, Map<String, Long>> holds = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT node, channel, COUNT(*) FROM publish_job "
                    + "WHERE state = 'running' GROUP BY node, channel"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    holds.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
            List<NodeStatus> nodes = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, started_at, seen_at FROM publish_node ORDER BY seen_at DESC, id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String node = rs.getString(1);
                    nodes.add(new NodeStatus(node, node.equals(id), rs.getLong(3) >= now - LIVE_MILLIS,
                            Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3)),
                            holds.getOrDefault(node, Map.of())));
                }
            }
            return nodes;
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T work(String doing, Work<T> work) throws CatalogException {
        try (Connection c = tables.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw tables.failure(doing, e);
        }
    }
}
