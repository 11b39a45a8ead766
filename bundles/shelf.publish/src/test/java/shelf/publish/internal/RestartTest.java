package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.StoredBatch;
import shelf.api.publish.JobCounts;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;

/** Jobs outlive the runtime: stopped half-way, or cut off without a word, they complete once after a start. */
class RestartTest {
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
    void aStopHalfWayLeavesJobsThatTheNextStartCompletesOnce() throws Exception {
        FakePlatform weidian = new FakePlatform(10).faults(0.05, 0.10, 0.05, 0);
        FakePlatform pinduoduo = new FakePlatform(11).faults(0.05, 0.10, 0.05, 0);
        Map<String, FakePlatform> platforms = Map.of("weidian", weidian, "pinduoduo", pinduoduo);
        Settings slow = new Settings(200, Map.of(), 4, 30, 2, 40, 50, 100);
        shelf = new PublishFixture(folder, slow).start(platforms);
        StoredBatch batch = shelf.batch(PublishFixture.products(300));
        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of(), "ops"));

        while (weidian.listings() < 50) {
            Thread.sleep(10);
        }
        shelf.restart(platforms);
        assertTrue(weidian.listings() < 300, "stopped half-way: " + weidian.listings());

        assertEquals(new JobCounts(0, 0, 600, 0, 0), shelf.await(report.run()));
        for (FakePlatform platform : platforms.values()) {
            assertEquals(300, platform.listingsByOuterId.size());
            assertEquals(0, platform.duplicates());
        }
    }

    @Test
    void aJobRunningWhenTheProcessDiedIsLookedUpBeforeItIsCreatedAgain() throws Exception {
        FakePlatform taobao = new FakePlatform(12);
        shelf = new PublishFixture(folder).start(Map.of());
        StoredBatch batch = shelf.batch(PublishFixture.products(3));
        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("taobao"), "ops"));
        // as after kill -9: the platform created SPU00000's listing, the job was still 'running' in the store
        taobao.adapter("taobao").create(PublishFixture.products(1).get(0));
        try (Connection c = shelf.store.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE publish_job SET state = 'running', attempts = 1 WHERE spu_code = 'SPU00000'");
        }

        shelf.restart(Map.of("taobao", taobao));

        assertEquals(new JobCounts(0, 0, 3, 0, 0), shelf.await(report.run()));
        assertEquals(3, taobao.listingsByOuterId.size());
        assertEquals(0, taobao.duplicates());
        assertEquals(3, taobao.creates.get());
    }
}
