package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Shelf nodes (two homes, two processes) on one PostgreSQL catalogue, both sending to ONE marketplace
 * sandbox (the first node's; the second node's channels point at it) with its faults on: 10% timeouts, 10%
 * lost answers, 10% busy and a rate limit per channel. The second node is killed with kill -9 half-way;
 * the first takes its jobs over once their leases run out. Every product ends live exactly once on every
 * channel, no job was held by both nodes at once, and no channel saw more calls in a second than its limit.
 * PostgreSQL only (the postgresql profile of runtime/pom.xml); 2,000 jobs (1,000 rows, 400 products) by
 * default, about 4 minutes on the 2-core build machine; the 10,000 jobs with {@code -Dcluster.jobs=10000}
 * (a workbook of 2.5 rows a product: jobs / 2 rows; {@code -Dcluster.rows} names the rows instead), about 10
 * minutes: WeChat, whose shop can only be read whole to find a product after a lost answer, ends last.
 */
class ClusterIT {
    private static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");
    private static final int LIMIT = Integer.getInteger("cluster.qps", 100);
    /** The workbook's rows: five jobs for each product of 2.5 rows on average. */
    private static final int ROWS = Integer.getInteger("cluster.rows", Integer.getInteger("cluster.jobs", 2_000) / 2);
    private static final String FAULTS = "sandbox:faults all --timeout 0.1 --lost-response 0.1 --busy 0.1 --qps " + LIMIT;

    @TempDir
    Path home1;

    @TempDir
    Path home2;

    @TempDir
    Path desk;

    @Test
    void twoNodesPublishEveryProductOnceWithinTheClusterRateLimitWhenOneIsKilled() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "two nodes share a catalogue on PostgreSQL only");
        TestDatabase database = TestDatabase.forHome(home1, getClass());
        ShelfCommand one = new ShelfCommand(home1).in(desk);
        ShelfCommand two = new ShelfCommand(home2).in(desk);
        try {
            Files.createDirectories(home2.resolve("etc"));
            Files.copy(home1.resolve("etc/database.properties"), home2.resolve("etc/database.properties"),
                    StandardCopyOption.COPY_ATTRIBUTES);
            ShelfCommand.withSandbox(home1);
            ShelfCommand.withSandbox(home2);
            // the engine sends at 90% of the platforms' limit, for the whole cluster (the sandbox counts in a JVM that
            // shares two cores with the other node and the database, so its pauses bunch arrivals); leases of 5 s so the
            // killed node's jobs are taken over soon; calls given up after 2 s (as PublishChaosIT)
            for (Path home : List.of(home1, home2)) {
                Files.createDirectories(home.resolve("etc/features"));
                Files.writeString(home.resolve("etc/features/cluster.json"), """
                        {"feature-resource-version": "1.0", "id": "local:cluster:1.0.0", "bundles": [], "configurations": {
                          "shelf.publish": {"concurrency": 32, "qps": %d, "backoffMaxMillis": 5000, "leaseMillis": 5000},
                          "shelf.channel.weidian": {"timeoutMs": 2000}, "shelf.channel.taobao": {"timeoutMs": 2000},
                          "shelf.channel.pinduoduo": {"timeoutMs": 2000}, "shelf.channel.douyin": {"timeoutMs": 2000},
                          "shelf.channel.wechat": {"timeoutMs": 2000}}}
                        """.formatted(LIMIT * 9 / 10));
            }
            ShelfCommand.Result started = one.run("start");
            assertEquals(0, started.status(), started.toString());
            Matcher port = Pattern.compile("\\(port (\\d+)\\)").matcher(one.ok("sandbox:status"));
            assertTrue(port.find());
            for (String channel : CHANNELS) { // the second node sends to the first node's sandbox
                Path settings = Files.createDirectories(home2.resolve("etc/channels")).resolve(channel + ".properties");
                Files.writeString(settings, "endpoint=http://127.0.0.1:" + port.group(1) + "/" + channel + "\n");
                Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-------"));
            }
            started = two.run("start");
            assertEquals(0, started.status(), started.toString());
            one.ok("feature:install cluster");
            two.ok("feature:install cluster");

            SeededDefects batch = SeededDefects.generate(desk, ROWS, false);
            int products = batch.products;
            int jobs = products * CHANNELS.size();
            // one command each: at 10,000 jobs the import and the review's checks each take a while on a busy machine
            one.ok("import seeded.xlsx --merchant 青禾旗舰店");
            one.ok("merchant:set 青禾旗舰店 --annual-sales 8000000");
            one.ok("submit 1");
            one.ok(FAULTS);
            String nodes = two.poll("cluster:status", out -> out.contains("2 of 2 nodes live"), 20_000, 500);
            assertTrue(nodes.contains(home1.toString()) && nodes.contains(home2.toString()), nodes);
            Thread.sleep(3_000); // a node claims once the others have seen it (two heartbeats)

            long publishing = System.nanoTime();
            String queued = one.ok("publish 1 --all-channels");
            assertTrue(queued.startsWith("queued " + String.format("%,d", jobs) + " jobs"), queued);
            one.poll("jobs --limit 1", out -> ShelfCommand.doneJobs(out) >= jobs / 2, 600_000, 500);
            String held = one.ok("cluster:status");

            long pid = Long.parseLong(Files.readString(home2.resolve("data/shelf.pid")).strip());
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL, jobs in flight
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            long killed = System.currentTimeMillis();

            String done = one.poll("jobs", out -> out.contains(" 0 pending, 0 running"), 600_000, 1_000);
            System.out.printf("%,d products × %d channels on two nodes, the second killed half-way: every job done "
                    + "%.0f s from publish%n%s", products, CHANNELS.size(), (System.nanoTime() - publishing) / 1e9, held);
            String status = one.ok("sandbox:status");
            System.out.print(status);
            assertTrue(done.strip().endsWith(String.format("%d jobs: %d done, 0 failed, 0 pending, 0 running, 0 cancelled", jobs, jobs))
                    || done.strip().endsWith(String.format("%,d jobs: %,d done, 0 failed, 0 pending, 0 running, 0 cancelled", jobs, jobs)),
                    done);
            for (String channel : CHANNELS) {
                assertEquals("listings " + products + ", duplicates 0", one.ok("sandbox:listings " + channel + " --count").strip(),
                        channel);
            }
            for (String channel : CHANNELS) {
                String line = ShelfCommand.lineWith(status, "/" + channel + " ");
                // Channel Endpoint Requests Faults-injected Listings Duplicates Peak/s Faults…
                int peak = Integer.parseInt(line.strip().split("\\s+")[6]);
                assertTrue(peak <= LIMIT, channel + " saw " + peak + " calls in one second, above its " + LIMIT + ": " + line);
                assertTrue(peak >= LIMIT / 2, channel + " never went near its limit: " + line);
            }
            String after = one.ok("cluster:status");
            System.out.print(after);
            assertTrue(after.contains("1 of 2 nodes live; the jobs a gone node held go back to the queue"), after);
            assertTrue(ShelfCommand.lineWith(after, home2.toString()).contains("gone"), after);

            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                Map<String, Long> doneBy = new HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT node, COUNT(*) FROM publish_job WHERE state = 'done' GROUP BY node")) {
                    while (rs.next()) {
                        doneBy.put(rs.getString(1), rs.getLong(2));
                    }
                }
                System.out.println("done by node: " + doneBy);
                assertTrue(doneBy.keySet().stream().anyMatch(n -> n.endsWith(home1.toString()))
                        && doneBy.keySet().stream().anyMatch(n -> n.endsWith(home2.toString())), "both nodes sent: " + doneBy);
                // no job held by both nodes at once: a hold lasts from the claim until the outcome is stored, and
                // a hold the killed node never let go until its last heartbeat (its lease ran out after that)
                String end = "CASE WHEN %1$s.released_at > 0 THEN %1$s.released_at ELSE n%1$s.seen_at END";
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT a.job_id) FROM publish_claim a "
                        + "JOIN publish_claim b ON b.job_id = a.job_id AND a.node < b.node "
                        + "JOIN publish_node na ON na.id = a.node JOIN publish_node nb ON nb.id = b.node "
                        + "WHERE a.claimed_at < " + end.formatted("b") + " AND b.claimed_at < " + end.formatted("a"))) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), rs.getLong(2) + " jobs were held by both nodes at once");
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT c.job_id) FROM publish_claim c JOIN publish_node n "
                        + "ON n.id = c.node WHERE c.released_at = 0 AND c.node LIKE '%" + home2 + "'")) {
                    rs.next();
                    System.out.printf("%d jobs held by the killed node at its death, taken over by the other%n", rs.getLong(1));
                }
            }
            assertTrue(killed > 0);
        } finally {
            try {
                one.run("stop");
                two.run("stop");
            } finally {
                database.drop();
            }
        }
    }
}
