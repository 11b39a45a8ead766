package shelf.schedule.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditEntry;
import shelf.api.publish.Job;
import shelf.api.publish.JobQuery;
import shelf.api.publish.PublishRequest;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.store.Database;
import shelf.core.internal.database.CatalogDatabase;
import shelf.core.internal.database.TestPostgres;
import shelf.publish.internal.FakePlatform;
import shelf.publish.internal.PublishFixture;

/**
 * Two nodes' schedulers on one catalogue — as two Shelf processes on one PostgreSQL database run them — both
 * find the same schedules due at the same moment: each schedule fires once, on one of them.
 */
class ScheduleFiresOnceTest {
    @TempDir
    Path home;

    private final FakePlatform weidian = new FakePlatform(3);
    private final List<ScheduledPublisher> nodes = new ArrayList<>();
    private PublishFixture shelf;
    private Database database;
    private TestPostgres postgres;

    @AfterEach
    void stop() throws Exception {
        nodes.forEach(ScheduledPublisher::deactivate);
        if (shelf != null) {
            shelf.close();
        }
        if (database instanceof AutoCloseable closing) {
            closing.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void onH2() throws Exception {
        database = CatalogDatabase.open(home.resolve("data").resolve("catalog"));
        twoNodesFireEachScheduleOnce();
    }

    @Test
    void onPostgresql() throws Exception {
        assumeTrue(TestPostgres.available(), "SHELF_TEST_PG_URL is not set: no PostgreSQL server to test on");
        postgres = TestPostgres.create("shelf_schedule_once");
        database = postgres.open(home);
        twoNodesFireEachScheduleOnce();
    }

    private void twoNodesFireEachScheduleOnce() throws Exception {
        shelf = new PublishFixture(home, () -> database).start(Map.of("weidian", weidian));
        List<String> spus = List.of("A", "B", "C", "D", "E", "F");
        shelf.batch(spus.stream().map(spu -> PublishFixture.product(spu, "纯棉短袖T恤 " + spu, "99.00")).toList());
        ScheduledPublisher first = node();
        Instant at = Instant.now().plusMillis(1500);
        for (String spu : spus) {
            first.schedule(PublishFixture.ADMIN, new PublishRequest(null, List.of(spu), List.of("weidian"), "ops"), at, "--at test");
        }
        node(); // the second node starts after they were made and plans them too

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!first.list(PublishFixture.ADMIN, false).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<ScheduledPublish> fired = first.list(PublishFixture.ADMIN, true);
        assertEquals(spus.stream().map(s -> "DONE").toList(), fired.stream().map(s -> s.state().name()).toList(),
                fired.toString());
        List<AuditEntry> published = shelf.audit.tail("admin", null, 0).stream().filter(e -> e.command().equals("publish")).toList();
        assertEquals(spus.size(), published.size(), "one publish per schedule: " + published);
        List<Job> jobs = shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all());
        assertEquals(spus, jobs.stream().map(Job::spuCode).sorted().toList(), "one job per product");
        assertEquals(spus.size(), jobs.stream().map(Job::run).distinct().count(), "one run per schedule");
    }

    private ScheduledPublisher node() {
        ScheduledPublisher publisher = new ScheduledPublisher();
        publisher.tables = shelf.store;
        publisher.store = shelf.store;
        publisher.publishing = shelf.engine;
        publisher.access = shelf.acl;
        publisher.users = shelf.users;
        publisher.audit = shelf.audit;
        publisher.start(home.resolve("publish-windows.json"), Clock.systemDefaultZone());
        nodes.add(publisher);
        return publisher;
    }
}
