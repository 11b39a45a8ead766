package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.catalog.StoredBatch;
import shelf.api.channel.ChannelException;
import shelf.api.publish.ChannelHealth;
import shelf.api.publish.ChannelStatus;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;

/** Adapters that arrive after the jobs, and an adapter replaced while its calls are in flight. */
class HotPlugTest {
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
    void jobsForAChannelWithoutAnAdapterWaitAndGoWhenOneIsInstalled() throws Exception {
        shelf = new PublishFixture(folder).start(Map.of());
        StoredBatch batch = shelf.batch(PublishFixture.products(20));
        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("douyin"), "ops"));
        assertEquals(List.of("douyin"), report.withoutAdapter());

        Thread.sleep(300);
        Job waiting = shelf.engine.jobs(PublishFixture.ADMIN, new JobQuery(null, "douyin", 0, 1)).get(0);
        assertEquals(JobState.PENDING, waiting.state());
        assertEquals("waiting for a douyin adapter to be installed", waiting.note());
        ChannelStatus absent = shelf.engine.channel(PublishFixture.ADMIN, "douyin").orElseThrow();
        assertEquals(ChannelHealth.ABSENT, absent.health());
        assertEquals("no adapter installed: 20 jobs wait", absent.note());

        FakePlatform douyin = new FakePlatform(8);
        shelf.engine.addAdapter(douyin.adapter("douyin"), "douyin", 0, 10, "1.0.0");
        assertEquals(new JobCounts(0, 0, 20, 0, 0), shelf.await(report.run()));
        assertEquals(20, douyin.listings());
        assertEquals(ChannelHealth.UP, shelf.engine.channel(PublishFixture.ADMIN, "douyin").orElseThrow().health());
    }

    @Test
    void aCallInFlightWhenItsAdapterIsReplacedIsRetriedOnTheNewOneAndListedOnce() throws Exception {
        FakePlatform platform = new FakePlatform(9);
        CountDownLatch callsStarted = new CountDownLatch(3);
        CountDownLatch replaced = new CountDownLatch(1);
        // version 1 creates the listing, then its bundle is stopped under it and the answer is an exception
        FakePlatform.Adapter old = platform.new Adapter("wechat") {
            @Override
            public String create(Product product) throws ChannelException {
                String id = super.create(product);
                callsStarted.countDown();
                try {
                    replaced.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("bundle shelf.channel.wechat 1.0.0 is stopping");
            }
        };
        shelf = new PublishFixture(folder).start(Map.of());
        shelf.engine.addAdapter(old, "wechat", 0, 20, "1.0.0");
        StoredBatch batch = shelf.batch(PublishFixture.products(30));
        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("wechat"), "ops"));

        assertTrue(callsStarted.await(10, TimeUnit.SECONDS));
        FakePlatform.Adapter next = platform.new Adapter("wechat");
        shelf.engine.addAdapter(next, "wechat", 0, 21, "1.1.0");
        shelf.engine.removeAdapter(old);
        replaced.countDown();

        assertEquals(new JobCounts(0, 0, 30, 0, 0), shelf.await(report.run()));
        assertEquals(30, platform.listingsByOuterId.size());
        assertEquals(0, platform.duplicates());
        assertTrue(next.calls.stream().anyMatch(c -> c.startsWith("find ")), "the new version looked up what the old one created");
        assertTrue(shelf.engine.channel(PublishFixture.ADMIN, "wechat").orElseThrow().version().startsWith("1.1.0"));
    }
}
