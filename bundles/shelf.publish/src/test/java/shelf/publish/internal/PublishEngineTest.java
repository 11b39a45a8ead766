package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.StoredBatch;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.security.Subject;

/** Publishing a batch through platforms that time out, lose answers, are busy and throttle. */
class PublishEngineTest {
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
    void everyProductEndsLiveExactlyOnceOnEveryChannelDespiteFaults() throws Exception {
        FakePlatform weidian = new FakePlatform(1).faults(0.10, 0.10, 0.10, 0.05);
        FakePlatform taobao = new FakePlatform(2).faults(0.10, 0.10, 0.10, 0.05);
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian, "taobao", taobao));
        StoredBatch batch = shelf.batch(PublishFixture.products(400));

        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of(), "ops"));
        assertEquals(List.of("taobao", "weidian"), report.channels());
        assertEquals(800, report.queued());
        JobCounts counts = shelf.await(report.run());

        assertEquals(new JobCounts(0, 0, 800, 0, 0), counts);
        for (FakePlatform platform : List.of(weidian, taobao)) {
            assertEquals(400, platform.listingsByOuterId.size());
            assertEquals(0, platform.duplicates(), "outer ids listed twice");
            assertTrue(platform.lookups.get() > 0, "lost answers were followed by a lookup");
        }
    }

    @Test
    void aCallRefusedOutrightIsRepeatedWithoutALookupButOneWithoutAnAnswerIsLookedUpFirst() throws Exception {
        FakePlatform refusing = new FakePlatform(5).faults(0, 0, 0.3, 0.1);
        FakePlatform silent = new FakePlatform(6).faults(0.3, 0, 0, 0);
        shelf = new PublishFixture(folder).start(Map.of("weidian", refusing, "taobao", silent));
        StoredBatch batch = shelf.batch(PublishFixture.products(200));

        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of(), "ops"));
        assertEquals(new JobCounts(0, 0, 400, 0, 0), shelf.await(report.run()));

        assertEquals(200, refusing.listingsByOuterId.size());
        assertEquals(0, refusing.lookups.get(), "busy and throttled calls did nothing: nothing to look up");
        assertEquals(200, silent.listingsByOuterId.size());
        assertEquals(0, silent.duplicates());
        assertTrue(silent.lookups.get() >= 40, "every timed-out create was followed by a lookup: " + silent.lookups.get());
    }

    @Test
    void aLookupThePlatformCannotAnswerYetIsAskedAgainWithoutUsingUpTheJobsTries() throws Exception {
        FakePlatform lossy = new FakePlatform(7).faults(0, 0.5, 0, 0);
        lossy.unansweredLookups = 6; // more than the five tries a job has here
        shelf = new PublishFixture(folder, new Settings(0, Map.of(), 8, 5, 2, 40, 50, 100)).start(Map.of("taobao", lossy));
        StoredBatch batch = shelf.batch(PublishFixture.products(8));

        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of(), "ops"));
        assertEquals(new JobCounts(0, 0, 8, 0, 0), shelf.await(report.run()));
        assertEquals(8, lossy.listingsByOuterId.size());
        assertEquals(0, lossy.duplicates());
        assertTrue(lossy.lookups.get() > 6, "lost answers were looked up: " + lossy.lookups.get());
    }

    @Test
    void productsWithErrorFindingsAreLeftOutAndReported() throws Exception {
        FakePlatform weidian = new FakePlatform(3);
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian));
        StoredBatch batch = shelf.batch(List.of(PublishFixture.product("A1", "纯棉T恤", "99.00"),
                PublishFixture.product("A2", "最好的纯棉T恤", "99.00")));

        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("weidian"), "ops"));
        shelf.await(report.run());

        assertEquals(1, report.queued());
        assertEquals(List.of(new PublishReport.Blocked("weidian", "m1", "A2", 1, "title.banned-word 标题含违禁词「最好」")),
                report.blocked());
        assertEquals(List.of("A1"), List.copyOf(weidian.listingsByOuterId.keySet()));
    }

    @Test
    void aRefusalStopsWithThePlatformsReasonAndARetryAfterTheFixPublishesIt() throws Exception {
        FakePlatform weidian = new FakePlatform(4);
        weidian.refused.add("A1");
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian));
        StoredBatch batch = shelf.batch(List.of(PublishFixture.product("A1", "纯棉T恤", "99.00")));

        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("weidian"), "ops"));
        assertEquals(new JobCounts(0, 0, 0, 1, 0), shelf.await(report.run()));
        Job failed = shelf.engine.jobs(PublishFixture.ADMIN, new JobQuery(JobState.FAILED, "weidian", 0, 0)).get(0);
        assertEquals("标题长度超过 60 个字符", failed.error());
        assertEquals("isv.invalid-title", failed.errorCode());
        assertEquals(1, failed.attempts(), "a refusal is not retried");

        weidian.refused.clear();
        assertEquals(1, shelf.engine.retryFailed(PublishFixture.ADMIN));
        assertEquals(new JobCounts(0, 0, 1, 0, 0), shelf.await(report.run()));
        assertEquals(1, weidian.listings());
        assertEquals(List.of("create A1", "find A1", "create A1"), ((FakePlatform.Adapter) shelf.engine.adapterFor("weidian")).calls);
    }

    @Test
    void aChangedProductIsUpdatedAndAnUnchangedOneIsNotSentAgain() throws Exception {
        FakePlatform weidian = new FakePlatform(5);
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian));
        StoredBatch first = shelf.batch(List.of(PublishFixture.product("A1", "纯棉T恤", "99.00"),
                PublishFixture.product("A2", "亚麻衬衫", "129.00")));
        shelf.await(shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(first.id(), List.of(), List.of("weidian"), "ops")).run());

        StoredBatch second = shelf.batch(List.of(PublishFixture.product("A1", "纯棉T恤 新款", "99.00"),
                PublishFixture.product("A2", "亚麻衬衫", "129.00")));
        JobCounts counts = shelf.await(shelf.engine.publish(PublishFixture.ADMIN, 
                new PublishRequest(second.id(), List.of(), List.of("weidian"), "ops")).run());

        assertEquals(2, counts.done());
        assertEquals(2, weidian.creates.get());
        assertEquals(1, weidian.updates.get());
        String a1 = weidian.listingsByOuterId.get("A1").get(0);
        assertEquals("纯棉T恤 新款", weidian.products.get(a1).title());
    }

    @Test
    void anUnknownChannelIsRefusedWithTheKnownOnes() throws Exception {
        shelf = new PublishFixture(folder).start(Map.of());
        StoredBatch batch = shelf.batch(List.of(PublishFixture.product("A1", "纯棉T恤", "99.00")));
        PublishException e = assertThrows(PublishException.class,
                () -> shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("weidain"), "ops")));
        assertEquals("no channel 'weidain' — installed: none; known: weidian, taobao, pinduoduo, douyin, wechat", e.getMessage());
    }
}
