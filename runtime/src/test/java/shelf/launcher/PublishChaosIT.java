package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The publishing promise end to end: a generated batch published to all five channels of the marketplace
 * sandbox while it injects 10% timeouts, 10% lost responses, 10% system-busy errors and a 50 QPS limit per
 * channel — with the runtime killed (kill -9) half-way, when half of all jobs are done, and started again. Every product ends live
 * exactly once on every channel. 2,000 rows in the build; the 10,000 rows with
 * {@code mvn -pl runtime verify -Dit.test=PublishChaosIT -Dtest=none -Dchaos.rows=10000}.
 */
class PublishChaosIT extends RunningShelf {
    private static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");
    private static final String FAULTS = "sandbox:faults all --timeout 0.1 --lost-response 0.1 --busy 0.1 --qps 50";

    /** Publishes to the sandbox's marketplaces on any free port. */
    @Override
    boolean sandbox() {
        return true;
    }

    @Test
    void everyProductIsLiveExactlyOnceOnEveryChannelDespiteFaultsAndAKill() throws Exception {
        SeededDefects batch = SeededDefects.generate(desk, Integer.getInteger("chaos.rows", 2_000), false);
        int products = batch.products;
        // A timed-out request holds a call slot until the client gives up: 2 s here (10 s by default), with 32
        // calls in flight per channel, so the faults slow the run down less. The engine sends at 48 calls/s
        // against the platforms' 50: an even 50 would put a 51st call into some wall-clock second, as calls
        // reach the platform a few milliseconds apart from when they left. Retries wait 5 s at most (30 s by
        // default): with a third of all calls failing, the last products' retries are the run's tail.
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/chaos.json"), """
                {"feature-resource-version": "1.0", "id": "local:chaos:1.0.0", "bundles": [], "configurations": {
                  "shelf.publish": {"concurrency": 32, "qps": 48, "backoffMaxMillis": 5000},
                  "shelf.channel.weidian": {"timeoutMs": 2000}, "shelf.channel.taobao": {"timeoutMs": 2000},
                  "shelf.channel.pinduoduo": {"timeoutMs": 2000}, "shelf.channel.douyin": {"timeoutMs": 2000},
                  "shelf.channel.wechat": {"timeoutMs": 2000}}}
                """);
        shelf.ok("feature:install chaos");
        shelf.ok("import seeded.xlsx --merchant 青禾旗舰店; merchant:set 青禾旗舰店 --annual-sales 8000000; submit 1");
        for (String channel : CHANNELS) {
            String validated = shelf.ok("validate 1 --channel " + channel);
            assertTrue(validated.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("0 errors"), validated);
        }

        shelf.ok(FAULTS);
        long publishing = System.nanoTime();
        String queued = shelf.ok("publish 1 --all-channels");
        assertTrue(queued.startsWith("queued " + String.format("%,d", products * CHANNELS.size()) + " jobs"), queued);
        int jobs = products * CHANNELS.size();
        shelf.poll("jobs --limit 1", out -> ShelfCommand.doneJobs(out) >= jobs / 2, 900_000, 1_000);

        long pid = Long.parseLong(Files.readString(home.resolve("data/shelf.pid")).strip());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL, jobs in flight
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        ShelfCommand.Result restarted = shelf.run("start");
        assertEquals(0, restarted.status(), restarted.toString());
        shelf.ok(FAULTS); // the sandbox's faults live in memory: the restarted one gets them again

        long started = System.nanoTime();
        String done = shelf.poll("jobs", out -> out.contains(" 0 pending, 0 running"), 1_800_000, 2_000);
        System.out.printf("%,d products × %d channels: killed half-way, every job done %.0f s after the restart, "
                + "%.0f s from publish%n", products, CHANNELS.size(), (System.nanoTime() - started) / 1e9,
                (System.nanoTime() - publishing) / 1e9);
        assertTrue(done.strip().endsWith(String.format("%d jobs: %d done, 0 failed, 0 pending, 0 running, 0 cancelled", jobs, jobs))
                || done.strip().endsWith(String.format("%,d jobs: %,d done, 0 failed, 0 pending, 0 running, 0 cancelled", jobs, jobs)),
                done);
        for (String channel : CHANNELS) {
            assertEquals("listings " + products + ", duplicates 0", shelf.ok("sandbox:listings " + channel + " --count").strip(),
                    channel);
        }
    }
}
