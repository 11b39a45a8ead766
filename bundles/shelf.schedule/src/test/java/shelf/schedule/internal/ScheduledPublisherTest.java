package shelf.schedule.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishRequest;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.schedule.WindowedPublish;
import shelf.publish.internal.FakePlatform;
import shelf.publish.internal.PublishFixture;

/**
 * Scheduled publishes in a real catalogue through the real publishing engine, onto a marketplace in memory:
 * fired on time, kept across a restart, cancelled, held by windows — and what fired is listed on the platform.
 */
class ScheduledPublisherTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path home;

    private final FakePlatform weidian = new FakePlatform(1);
    private final Map<String, FakePlatform> platforms = Map.of("weidian", weidian);
    private PublishFixture shelf;
    private ScheduledPublisher scheduler;

    @BeforeEach
    void catalogueAndEngine() throws Exception {
        shelf = new PublishFixture(home).start(platforms);
        shelf.batch(List.of(PublishFixture.product("A", "纯棉短袖T恤", "99.00"), PublishFixture.product("B", "牛仔裤", "129.00"),
                PublishFixture.product("C", "连帽卫衣", "159.00")));
    }

    private ScheduledPublisher start(Clock clock) {
        ScheduledPublisher publisher = new ScheduledPublisher();
        publisher.tables = shelf.store;
        publisher.store = shelf.store;
        publisher.publishing = shelf.engine;
        publisher.access = shelf.acl;
        publisher.users = shelf.users;
        publisher.audit = shelf.audit;
        publisher.start(home.resolve("publish-windows.json"), clock);
        return publisher;
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.deactivate();
        }
        shelf.close();
    }

    private static PublishRequest spus(String... codes) {
        return new PublishRequest(null, List.of(codes), List.of("weidian"), "ops");
    }

    @Test
    void aScheduleFiresWithinASecondOfItsTime() throws Exception {
        scheduler = start(Clock.systemDefaultZone());
        Instant at = Instant.now().plusMillis(400);

        ScheduledPublish scheduled = scheduler.schedule(PublishFixture.ADMIN, spus("A"), at, "--at test");
        assertEquals(List.of(scheduled), scheduler.list(PublishFixture.ADMIN, false));

        ScheduledPublish done = awaitState(scheduled.id(), ScheduledPublish.State.DONE);
        Duration late = Duration.between(scheduled.at(), done.firedAt());
        assertTrue(!late.isNegative() && late.compareTo(Duration.ofSeconds(1)) < 0, "fired " + late + " after its time");
        assertEquals("queued 1 jobs, run 1", done.outcome());
        assertEquals(List.of(), scheduler.list(PublishFixture.ADMIN, false));
        assertLiveOnWeidian(1, "A");
    }

    @Test
    void aScheduleSurvivesARestartAndOneDueWhileDownFiresAtStart() throws Exception {
        scheduler = start(Clock.systemDefaultZone());
        ScheduledPublish later = scheduler.schedule(PublishFixture.ADMIN, spus("B"), Instant.now().plus(Duration.ofHours(2)), "--at 12:00");
        scheduler.deactivate();
        shelf.restart(platforms);
        assertEquals(List.of(), shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()), "nothing queued before its time");

        // started again three hours later: the schedule's time passed while nothing ran
        scheduler = start(Clock.offset(Clock.systemDefaultZone(), Duration.ofHours(3)));

        ScheduledPublish done = awaitState(later.id(), ScheduledPublish.State.DONE);
        assertTrue(done.outcome().startsWith("queued 1 jobs, run 1 (late: the runtime was not running at "), done.outcome());
        assertLiveOnWeidian(1, "B");
    }

    @Test
    void aCancelledScheduleNeverFires() throws Exception {
        scheduler = start(Clock.systemDefaultZone());
        ScheduledPublish scheduled = scheduler.schedule(PublishFixture.ADMIN, spus("C"), Instant.now().plusMillis(300), "--at test");

        assertEquals(ScheduledPublish.State.CANCELLED, scheduler.cancel(PublishFixture.ADMIN, scheduled.id()).state());
        Thread.sleep(600);

        assertEquals(List.of(), shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()));
        assertEquals(Map.of(), weidian.listingsByOuterId);
        assertEquals("scheduled publish " + scheduled.id() + " is cancelled, not pending: it cannot be cancelled",
                assertThrows(PublishException.class, () -> scheduler.cancel(PublishFixture.ADMIN, scheduled.id())).getMessage());
        assertEquals("no scheduled publish 99 — see schedule:list",
                assertThrows(PublishException.class, () -> scheduler.cancel(PublishFixture.ADMIN, 99)).getMessage());
    }

    @Test
    void productsOfACategoryWithAClosedWindowWaitForItToOpen() throws Exception {
        Files.writeString(home.resolve("publish-windows.json"),
                "{\"windows\": [{\"categories\": [\"服饰鞋包/**\"], \"from\": \"10:00\", \"to\": \"12:00\"}]}");
        Instant nineAm = LocalDateTime.of(2026, 11, 26, 9, 0).atZone(SHANGHAI).toInstant();
        scheduler = start(Clock.fixed(nineAm, SHANGHAI));
        long batch = shelf.batch(List.of(product("SHIRT", "服饰鞋包/女装/T恤"), product("NUTS", "食品饮料/零食/坚果"))).id();

        WindowedPublish result = scheduler.publishInWindows(PublishFixture.ADMIN, new PublishRequest(batch, List.of(), List.of("weidian"), "ops"));

        assertEquals(1, result.now().queued(), "outside every window: published now");
        assertLiveOnWeidian(result.now().run(), "NUTS");
        assertEquals(1, result.deferred().size());
        ScheduledPublish held = result.deferred().get(0);
        assertEquals(List.of("SHIRT"), held.request().spuCodes());
        assertEquals(LocalDateTime.of(2026, 11, 26, 10, 0).atZone(SHANGHAI).toInstant(), held.at());
        assertEquals("publish window 服饰鞋包/** 10:00–12:00", held.reason());
        assertEquals(1, shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()).size(), "no job for SHIRT until its window opens");
    }

    @Test
    void insideItsWindowAProductGoesAtOnce() throws Exception {
        Files.writeString(home.resolve("publish-windows.json"),
                "{\"windows\": [{\"categories\": [\"服饰鞋包\"], \"from\": \"10:00\", \"to\": \"12:00\"}]}");
        Instant elevenAm = LocalDateTime.of(2026, 11, 26, 11, 0).atZone(SHANGHAI).toInstant();
        scheduler = start(Clock.fixed(elevenAm, SHANGHAI));
        long batch = shelf.batch(List.of(product("SHIRT", "服饰鞋包/女装/T恤"))).id();

        WindowedPublish result = scheduler.publishInWindows(PublishFixture.ADMIN, new PublishRequest(batch, List.of(), List.of("weidian"), "ops"));

        assertEquals(List.of(), result.deferred());
        assertNull(scheduler.list(PublishFixture.ADMIN, false).stream().findFirst().orElse(null));
        assertLiveOnWeidian(result.now().run(), "SHIRT");
    }

    /** The run's jobs are exactly these products' publish jobs on weidian, done, and each is listed there once. */
    private void assertLiveOnWeidian(long run, String... spuCodes) throws Exception {
        assertEquals(new JobCounts(0, 0, spuCodes.length, 0, 0), shelf.engine.await(PublishFixture.ADMIN, run, Duration.ofSeconds(30)));
        List<Job> jobs = shelf.engine.jobs(PublishFixture.ADMIN, new JobQuery(null, "", run, 0));
        assertEquals(List.of(spuCodes), jobs.stream().map(Job::spuCode).sorted().toList());
        for (Job job : jobs) {
            assertEquals("weidian", job.channel());
            assertEquals(JobState.DONE, job.state());
            assertEquals(List.of(job.listingId()), weidian.listingsByOuterId.get(job.spuCode()), job.spuCode() + " listed once");
        }
    }

    private ScheduledPublish awaitState(long id, ScheduledPublish.State state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (ScheduledPublish s : scheduler.list(PublishFixture.ADMIN, true)) {
                if (s.id() == id && s.state() == state) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("schedule " + id + " never reached " + state + ": " + scheduler.list(PublishFixture.ADMIN, true));
    }

    private static Product product(String spu, String category) {
        return new Product("m1", spu, "商品 " + spu, "", category, "青禾", Map.of(), "", List.of(), List.of(), List.of(), "",
                "", "", 48, List.of(new Sku(spu + "-1", "", Map.of(), null, new BigDecimal("9.90"), null, null, 1, null)));
    }
}
