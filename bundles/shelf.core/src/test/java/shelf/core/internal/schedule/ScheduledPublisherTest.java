package shelf.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
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
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.publish.PublishService;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.schedule.WindowedPublish;
import shelf.core.internal.catalog.H2CatalogStore;

/** Scheduled publishes in a real catalogue: fired on time, kept across a restart, cancelled, held by windows. */
class ScheduledPublisherTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path home;

    /** What the publishing engine was asked, and when. */
    private final List<Map.Entry<Instant, PublishRequest>> published = new CopyOnWriteArrayList<>();
    private final PublishService engine = (PublishService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {PublishService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("publish")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                PublishRequest request = (PublishRequest) args[0];
                published.add(Map.entry(Instant.now(), request));
                return new PublishReport(published.size(), request.channels(), 1, 1, 0, List.of(), List.of());
            });
    private H2CatalogStore store;
    private ScheduledPublisher scheduler;

    private ScheduledPublisher start(Clock clock) throws Exception {
        if (store == null) {
            store = new H2CatalogStore();
            store.open(home.resolve("catalog"));
        }
        ScheduledPublisher publisher = new ScheduledPublisher();
        publisher.tables = store;
        publisher.store = store;
        publisher.publishing = engine;
        publisher.start(home.resolve("publish-windows.json"), clock);
        return publisher;
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.deactivate();
        }
        if (store != null) {
            store.close();
        }
    }

    private static PublishRequest spus(String... codes) {
        return new PublishRequest(null, List.of(codes), List.of("weidian"), "ops");
    }

    @Test
    void aScheduleFiresWithinASecondOfItsTime() throws Exception {
        scheduler = start(Clock.systemDefaultZone());
        Instant at = Instant.now().plusMillis(400);

        ScheduledPublish scheduled = scheduler.schedule(spus("A"), at, "--at test");
        assertEquals(List.of(scheduled), scheduler.list(false));

        ScheduledPublish done = awaitState(scheduled.id(), ScheduledPublish.State.DONE);
        Duration late = Duration.between(scheduled.at(), done.firedAt());
        assertTrue(!late.isNegative() && late.compareTo(Duration.ofSeconds(1)) < 0, "fired " + late + " after its time");
        assertEquals(spus("A"), published.get(0).getValue());
        assertEquals("queued 1 jobs, run 1", done.outcome());
        assertEquals(List.of(), scheduler.list(false));
    }

    @Test
    void aScheduleSurvivesARestartAndOneDueWhileDownFiresAtStart() throws Exception {
        scheduler = start(Clock.systemDefaultZone());
        ScheduledPublish later = scheduler.schedule(spus("B"), Instant.now().plus(Duration.ofHours(2)), "--at 12:00");
        scheduler.deactivate();
        store.close();
        store = null;
        assertTrue(published.isEmpty());

        // started again three hours later: the schedule's time passed while nothing ran
        scheduler = start(Clock.offset(Clock.systemDefaultZone(), Duration.ofHours(3)));

        ScheduledPublish done = awaitState(later.id(), ScheduledPublish.State.DONE);
        assertEquals(spus("B"), published.get(0).getValue());
        assertTrue(done.outcome().startsWith("queued 1 jobs, run 1 (late: the runtime was not running at "), done.outcome());
    }

    @Test
    void aCancelledScheduleNeverFires() throws Exception {
        scheduler = start(Clock.systemDefaultZone());
        ScheduledPublish scheduled = scheduler.schedule(spus("C"), Instant.now().plusMillis(300), "--at test");

        assertEquals(ScheduledPublish.State.CANCELLED, scheduler.cancel(scheduled.id()).state());
        Thread.sleep(600);

        assertTrue(published.isEmpty());
        assertEquals("scheduled publish " + scheduled.id() + " is cancelled, not pending: it cannot be cancelled",
                assertThrows(PublishException.class, () -> scheduler.cancel(scheduled.id())).getMessage());
        assertEquals("no scheduled publish 99 — see schedule:list",
                assertThrows(PublishException.class, () -> scheduler.cancel(99)).getMessage());
    }

    @Test
    void productsOfACategoryWithAClosedWindowWaitForItToOpen() throws Exception {
        Files.writeString(home.resolve("publish-windows.json"),
                "{\"windows\": [{\"categories\": [\"服饰鞋包/**\"], \"from\": \"10:00\", \"to\": \"12:00\"}]}");
        Instant nineAm = LocalDateTime.of(2026, 11, 26, 9, 0).atZone(SHANGHAI).toInstant();
        scheduler = start(Clock.fixed(nineAm, SHANGHAI));
        long batch = store.store(new NewBatch("m1", "商品表.xlsx", "商品", 2, List.of(
                new ImportedProduct(product("SHIRT", "服饰鞋包/女装/T恤"), Map.of()),
                new ImportedProduct(product("NUTS", "食品饮料/零食/坚果"), Map.of())), List.of(), "ops")).id();

        WindowedPublish result = scheduler.publishInWindows(new PublishRequest(batch, List.of(), List.of("weidian"), "ops"));

        assertEquals(List.of("NUTS"), published.get(0).getValue().spuCodes(), "outside every window: published now");
        assertEquals(1, result.deferred().size());
        ScheduledPublish held = result.deferred().get(0);
        assertEquals(List.of("SHIRT"), held.request().spuCodes());
        assertEquals(LocalDateTime.of(2026, 11, 26, 10, 0).atZone(SHANGHAI).toInstant(), held.at());
        assertEquals("publish window 服饰鞋包/** 10:00–12:00", held.reason());
    }

    @Test
    void insideItsWindowAProductGoesAtOnce() throws Exception {
        Files.writeString(home.resolve("publish-windows.json"),
                "{\"windows\": [{\"categories\": [\"服饰鞋包\"], \"from\": \"10:00\", \"to\": \"12:00\"}]}");
        Instant elevenAm = LocalDateTime.of(2026, 11, 26, 11, 0).atZone(SHANGHAI).toInstant();
        scheduler = start(Clock.fixed(elevenAm, SHANGHAI));
        long batch = store.store(new NewBatch("m1", "商品表.xlsx", "商品", 1, List.of(
                new ImportedProduct(product("SHIRT", "服饰鞋包/女装/T恤"), Map.of())), List.of(), "ops")).id();

        WindowedPublish result = scheduler.publishInWindows(new PublishRequest(batch, List.of(), List.of("weidian"), "ops"));

        assertEquals(List.of(), result.deferred());
        assertEquals(batch, published.get(0).getValue().batchId());
        assertNull(scheduler.list(false).stream().findFirst().orElse(null));
    }

    private ScheduledPublish awaitState(long id, ScheduledPublish.State state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (ScheduledPublish s : scheduler.list(true)) {
                if (s.id() == id && s.state() == state) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("schedule " + id + " never reached " + state + ": " + scheduler.list(true));
    }

    private static Product product(String spu, String category) {
        return new Product("m1", spu, "商品 " + spu, "", category, "青禾", Map.of(), "", List.of(), List.of(), List.of(), "",
                "", "", 48, List.of(new Sku(spu + "-1", "", Map.of(), null, new BigDecimal("9.90"), null, null, 1, null)));
    }
}
