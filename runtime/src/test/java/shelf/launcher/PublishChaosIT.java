package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The publishing promise end to end: a generated 10,000-row batch (some 4,000 products) published to all five
 * channels of the marketplace sandbox while it injects 10% timeouts, 10% lost responses, 10% system-busy
 * errors and a 50 QPS limit per channel — with the runtime killed (kill -9) half-way and started again.
 * Every product ends live exactly once on every channel.
 */
class PublishChaosIT extends RunningShelf {
    private static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");
    private static final String FAULTS = "sandbox:faults all --timeout 0.1 --lost-response 0.1 --busy 0.1 --qps 50";

    @Test
    void everyProductIsLiveExactlyOnceOnEveryChannelDespiteFaultsAndAKill() throws Exception {
        SeededDefects batch = SeededDefects.generate(desk, 10_000, false);
        int products = batch.products;
        shelf.ok("import seeded.xlsx --merchant 青禾旗舰店; merchant:set 青禾旗舰店 --annual-sales 8000000; submit 1");
        for (String channel : CHANNELS) {
            String validated = shelf.ok("validate 1 --channel " + channel);
            assertTrue(validated.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("0 errors"), validated);
        }

        shelf.ok(FAULTS);
        String queued = shelf.ok("publish 1 --all-channels");
        assertTrue(queued.startsWith("queued " + String.format("%,d", products * CHANNELS.size()) + " jobs"), queued);
        shelf.poll("sandbox:listings weidian --count", out -> listings(out) >= products / 3, 300_000);

        long pid = Long.parseLong(Files.readString(home.resolve("data/shelf.pid")).strip());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL, jobs in flight
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        ShelfCommand.Result restarted = shelf.run("start");
        assertEquals(0, restarted.status(), restarted.toString());
        shelf.ok(FAULTS); // the sandbox's faults live in memory: the restarted one gets them again

        String done = shelf.ok("jobs --wait");
        assertTrue(done.strip().endsWith(String.format("%,d jobs: %,d done, 0 failed, 0 pending, 0 running, 0 cancelled",
                products * CHANNELS.size(), products * CHANNELS.size())) || done.contains(" 0 failed, 0 pending"), done);
        for (String channel : CHANNELS) {
            assertEquals("listings " + products + ", duplicates 0", shelf.ok("sandbox:listings " + channel + " --count").strip(),
                    channel);
        }
    }

    private static int listings(String count) {
        return Integer.parseInt(count.strip().replaceAll("listings (\\d+),.*", "$1"));
    }
}
