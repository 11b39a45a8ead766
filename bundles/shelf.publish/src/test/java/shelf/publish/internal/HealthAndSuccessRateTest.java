package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.publish.ChannelHealth;
import shelf.api.publish.ChannelStatus;
import shelf.api.publish.PublishRequest;

/** channel:status never says "up" of a platform not called, nor 100% beside a run of failures. */
class HealthAndSuccessRateTest {
    @TempDir
    Path folder;

    PublishFixture shelf;

    @AfterEach
    void close() {
        if (shelf != null) {
            shelf.close();
        }
    }

    @Test
    void aChannelNotCalledYetSaysSo() throws Exception {
        shelf = new PublishFixture(folder).start(Map.of("weidian", new FakePlatform(40)));

        ChannelStatus idle = shelf.engine.channel(PublishFixture.ADMIN, "weidian").orElseThrow();

        assertEquals(ChannelHealth.IDLE, idle.health());
        assertEquals("not called yet", idle.health().label());
        assertEquals(0, idle.recentCalls());
    }

    @Test
    void aRunOfFailuresShowsInTheSuccessRateBesideIt() throws Exception {
        FakePlatform taobao = new FakePlatform(41).faults(0, 0, 1.0, 0); // system busy, every call
        // a breaker that does not open, and retries that never give up: the jobs stay pending, none finished
        shelf = new PublishFixture(folder, new Settings(0, Map.of(), 4, 1000, 2, 20, 10_000, 300))
                .start(Map.of("taobao", taobao));
        var batch = shelf.batch(PublishFixture.products(20));
        shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("taobao"), "ops"));
        ChannelStatus status = shelf.engine.channel(PublishFixture.ADMIN, "taobao").orElseThrow();
        for (int i = 0; i < 200 && status.recentCalls() < 30; i++) {
            Thread.sleep(20);
            status = shelf.engine.channel(PublishFixture.ADMIN, "taobao").orElseThrow();
        }

        assertEquals(ChannelHealth.DEGRADED, status.health());
        assertTrue(status.note().matches("\\d+ failures in a row, the last: 系统繁忙，请稍后再试"), status.note());
        assertTrue(status.recentCalls() >= 30 && status.recentCalls() <= ChannelStatus.CALL_WINDOW, status.toString());
        assertEquals(0.0, status.recentSuccessRate(), "every call failed, so the rate beside the failures says so");
    }
}
