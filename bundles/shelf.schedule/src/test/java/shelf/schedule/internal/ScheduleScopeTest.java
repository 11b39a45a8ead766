package shelf.schedule.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditEntry;
import shelf.api.publish.Job;
import shelf.api.publish.JobQuery;
import shelf.api.publish.PublishRequest;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.publish.internal.FakePlatform;
import shelf.publish.internal.PublishFixture;

/**
 * Schedules of two merchants, acme and beta, and lily, an editor of acme: she lists and cancels acme's only,
 * cannot schedule beta's batch, and what she scheduled fires as her — or not at all once she is disabled.
 */
class ScheduleScopeTest {
    @TempDir
    Path home;

    private PublishFixture shelf;
    private ScheduledPublisher scheduler;
    private Subject lily;
    private long acme;
    private long beta;

    @BeforeEach
    void twoMerchantsAndLily() throws Exception {
        shelf = new PublishFixture(home).start(Map.of("weidian", new FakePlatform(40)));
        acme = shelf.batch("acme", List.of(PublishFixture.product("acme", "A1", "纯棉T恤", "99.00", "服装/男装/T恤"))).id();
        beta = shelf.batch("beta", List.of(PublishFixture.product("beta", "B1", "牛仔裤", "129.00", "服装/男装/裤子"))).id();
        lily = shelf.users.add("lily", Set.of(Role.EDITOR), new DataScope(Set.of("acme"), List.of()),
                "lily-pass-123".toCharArray(), PublishFixture.ADMIN).subject();
        scheduler = new ScheduledPublisher();
        scheduler.tables = shelf.store;
        scheduler.store = shelf.store;
        scheduler.publishing = shelf.engine;
        scheduler.access = shelf.acl;
        scheduler.users = shelf.users;
        scheduler.audit = shelf.audit;
        scheduler.start(home.resolve("publish-windows.json"), Clock.systemDefaultZone());
    }

    @AfterEach
    void stop() {
        scheduler.deactivate();
        shelf.close();
    }

    private static PublishRequest batch(long id) {
        return new PublishRequest(id, List.of(), List.of("weidian"), "");
    }

    @Test
    void anEditorSeesAndCancelsOnlyHerMerchantsSchedules() throws Exception {
        Instant later = Instant.now().plus(Duration.ofHours(2));
        ScheduledPublish betas = scheduler.schedule(PublishFixture.ADMIN, batch(beta), later, "--at 12:00");
        ScheduledPublish hers = scheduler.schedule(lily, batch(acme), later, "--at 12:00");

        assertEquals(List.of(hers.id()), scheduler.list(lily, true).stream().map(ScheduledPublish::id).toList());
        assertEquals(2, scheduler.list(PublishFixture.ADMIN, true).size());
        assertEquals("scheduled publish " + betas.id() + " is outside lily's data scope (acme)", assertThrows(
                AccessRefusedException.class, () -> scheduler.cancel(lily, betas.id())).getMessage());
        assertEquals("batch " + beta + " is outside lily's data scope (acme)", assertThrows(AccessRefusedException.class,
                () -> scheduler.schedule(lily, batch(beta), later, "--at 12:00")).getMessage());

        assertEquals(ScheduledPublish.State.CANCELLED, scheduler.cancel(lily, hers.id()).state());
        List<AuditEntry> lines = shelf.audit.tail("lily", null, 0);
        assertEquals(List.of("publish --at [schedule:" + hers.id() + "] → pending at " + hers.at(),
                "schedule:cancel [schedule:" + hers.id() + "] pending at " + hers.at() + " → cancelled"),
                lines.stream().map(e -> e.command() + " " + e.objects() + " " + e.before() + (e.before().isEmpty() ? "" : " ")
                        + "→ " + e.after()).toList());
    }

    @Test
    void aScheduledPublishFiresAsTheUserWhoMadeIt() throws Exception {
        ScheduledPublish hers = scheduler.schedule(lily, batch(acme), Instant.now().plusMillis(300), "--at test");
        ScheduledPublish done = awaitFinished(hers.id());
        assertEquals(ScheduledPublish.State.DONE, done.state(), done.outcome());
        List<Job> jobs = shelf.engine.jobs(lily, JobQuery.all());
        assertEquals(List.of("A1"), jobs.stream().map(Job::spuCode).toList());
        assertEquals("publish", shelf.audit.tail("lily", null, 0).get(1).command(), "the publish is lily's in the audit trail");
    }

    @Test
    void aScheduleOfAUserDisabledSinceFailsSayingSo() throws Exception {
        ScheduledPublish hers = scheduler.schedule(lily, batch(acme), Instant.now().plusMillis(400), "--at test");
        shelf.users.disable("lily", PublishFixture.ADMIN);
        ScheduledPublish failed = awaitFinished(hers.id());
        assertEquals(ScheduledPublish.State.FAILED, failed.state());
        assertEquals("not published: user 'lily' who scheduled it is disabled", failed.outcome());
        assertEquals(List.of(), shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()));
    }

    private ScheduledPublish awaitFinished(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (ScheduledPublish s : scheduler.list(PublishFixture.ADMIN, true)) {
                if (s.id() == id && s.state() != ScheduledPublish.State.PENDING) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("schedule " + id + " never fired");
    }
}
