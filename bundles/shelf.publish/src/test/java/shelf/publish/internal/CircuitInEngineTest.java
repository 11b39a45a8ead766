package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.StoredBatch;
import shelf.api.publish.ChannelHealth;
import shelf.api.publish.ChannelStatus;
import shelf.api.publish.JobCounts;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;

/** A marketplace that is down: its channel's circuit opens, its jobs wait, and they go once it is back. */
class CircuitInEngineTest {
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
    void aPlatformThatKeepsFailingIsLeftAloneUntilATrialCallSucceeds() throws Exception {
        FakePlatform pinduoduo = new FakePlatform(30).faults(0, 0, 1.0, 0);
        PublishReport report = publish(50, "pinduoduo", pinduoduo, new Settings(0, Map.of(), 4, 1000, 2, 20, 5, 300));

        ChannelStatus down = shelf.engine.channel(PublishFixture.ADMIN, "pinduoduo").orElseThrow();
        for (int i = 0; i < 100 && down.health() != ChannelHealth.DOWN; i++) {
            Thread.sleep(20);
            down = shelf.engine.channel(PublishFixture.ADMIN, "pinduoduo").orElseThrow();
        }
        assertEquals(ChannelHealth.DOWN, down.health());
        assertTrue(down.note().matches("circuit open until \\d\\d:\\d\\d:\\d\\d after \\d+ failures in a row, the last: 系统繁忙，请稍后再试"),
                down.note());
        int callsWhileDown = countCalls(pinduoduo);
        Thread.sleep(200);
        assertTrue(countCalls(pinduoduo) - callsWhileDown <= 2, "at most a trial call while the circuit is open");

        pinduoduo.faults(0, 0, 0, 0);
        assertEquals(new JobCounts(0, 0, 50, 0, 0), shelf.await(report.run()));
        assertEquals(ChannelHealth.UP, shelf.engine.channel(PublishFixture.ADMIN, "pinduoduo").orElseThrow().health());
        assertEquals(0, pinduoduo.duplicates());
    }

    @Test
    void aTrialCallThatIsThrottledClosesTheCircuitForThePlatformAnswered() throws Exception {
        FakePlatform weidian = new FakePlatform(31).faults(0, 0, 1.0, 0);
        PublishReport report = publish(30, "weidian", weidian, new Settings(0, Map.of(), 4, 1000, 2, 20, 5, 100));
        for (int i = 0; i < 100 && shelf.engine.channel(PublishFixture.ADMIN, "weidian").orElseThrow().health() != ChannelHealth.DOWN; i++) {
            Thread.sleep(20);
        }
        assertEquals(ChannelHealth.DOWN, shelf.engine.channel(PublishFixture.ADMIN, "weidian").orElseThrow().health());

        weidian.faults(0, 0, 0, 1.0); // back, but throttling every call: the trial is answered
        for (int i = 0; i < 100 && shelf.engine.channel(PublishFixture.ADMIN, "weidian").orElseThrow().health() == ChannelHealth.DOWN; i++) {
            Thread.sleep(20);
        }
        assertEquals(ChannelHealth.UP, shelf.engine.channel(PublishFixture.ADMIN, "weidian").orElseThrow().health(),
                "a throttled answer says the platform is up");
        weidian.faults(0, 0, 0, 0);
        assertEquals(new JobCounts(0, 0, 30, 0, 0), shelf.await(report.run()));
        assertEquals(0, weidian.duplicates());
    }

    @Test
    void whileTheAdapterCannotSendJobsWaitWithoutAttemptsOrFailuresAndGoOnceItCan() throws Exception {
        // a runtime started again with jobs queued: the channel adapter is up before the sandbox it points at
        FakePlatform weidian = new FakePlatform(32);
        weidian.unavailable = "weidian is configured for the sandbox, which is not running";
        PublishReport report = publish(30, "weidian", weidian, new Settings(0, Map.of(), 4, 3, 2, 20, 5, 100));
        Thread.sleep(600);

        ChannelStatus waiting = shelf.engine.channel(PublishFixture.ADMIN, "weidian").orElseThrow();
        assertEquals(0, countCalls(weidian));
        assertEquals(ChannelHealth.IDLE, waiting.health(), "nothing was sent, so nothing is known yet");
        assertEquals("not sending: weidian is configured for the sandbox, which is not running (30 jobs wait)",
                waiting.note());
        assertEquals(new JobCounts(30, 0, 0, 0, 0), waiting.jobs());

        weidian.unavailable = "";
        // at most 3 attempts per job: had the waiting counted, they would all have failed by now
        assertEquals(new JobCounts(0, 0, 30, 0, 0), shelf.await(report.run()));
        assertEquals(30, countCalls(weidian), "one create per product");
        assertEquals(0, weidian.duplicates());
    }

    /** Starts the engine with the one platform as {@code channel} and publishes that many products to it. */
    private PublishReport publish(int products, String channel, FakePlatform platform, Settings settings) throws Exception {
        shelf = new PublishFixture(folder, settings).start(Map.of(channel, platform));
        StoredBatch batch = shelf.batch(PublishFixture.products(products));
        return shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of(channel), "ops"));
    }

    private static int countCalls(FakePlatform platform) {
        return platform.attempts.get();
    }
}
