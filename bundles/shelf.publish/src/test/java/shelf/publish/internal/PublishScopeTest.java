package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditEntry;
import shelf.api.catalog.StoredBatch;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;

/**
 * Two merchants live on weidian in a real catalogue — acme and beta, both using the SPU code A1 and its SKU
 * codes — and users of acme only: what they may not touch is refused where the work is done, what they list
 * holds only acme's, and what they change is in the audit trail with their name.
 */
class PublishScopeTest {
    private static final Subject LILY = user("lily", Role.EDITOR, List.of());
    private static final Subject OLGA = user("olga", Role.OPS, List.of());
    private static final Subject CATHY = user("cathy", Role.EDITOR, List.of("服装"));
    private static final Subject WANG = user("wang", Role.REVIEWER, List.of());

    @TempDir
    Path folder;

    private final FakePlatform weidian = new FakePlatform(30);
    private PublishFixture shelf;
    private StoredBatch acme;
    private StoredBatch beta;

    private static Subject user(String name, Role role, List<String> categories) {
        return new Subject(name, Set.of(role), new DataScope(Set.of("acme"), categories));
    }

    @BeforeEach
    void twoMerchantsLive() throws Exception {
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian));
        acme = shelf.batch("acme", List.of(PublishFixture.product("acme", "A1", "纯棉T恤", "99.00", "服装/男装/T恤")));
        beta = shelf.batch("beta", List.of(PublishFixture.product("beta", "A1", "纯棉T恤", "99.00", "服装/男装/T恤"),
                PublishFixture.product("beta", "B1", "牛仔裤", "129.00", "服装/男装/裤子")));
        for (StoredBatch batch : List.of(acme, beta)) {
            PublishReport report = shelf.engine.publish(PublishFixture.ADMIN, request(batch.id()));
            shelf.await(report.run());
        }
    }

    @AfterEach
    void close() {
        shelf.close();
    }

    private static PublishRequest request(long batch) {
        return new PublishRequest(batch, List.of(), List.of("weidian"), "");
    }

    @Test
    void jobsAndTheirCountsHoldOnlyWhatIsInScope() throws Exception {
        List<Job> mine = shelf.engine.jobs(LILY, JobQuery.all());
        assertEquals(List.of("acme"), mine.stream().map(Job::merchant).distinct().toList());
        assertEquals(new JobCounts(0, 0, 1, 0, 0), shelf.engine.counts(LILY, 0));
        assertEquals(new JobCounts(0, 0, 3, 0, 0), shelf.engine.counts(PublishFixture.ADMIN, 0));
        assertEquals(1, shelf.engine.jobs(CATHY, JobQuery.all()).size());

        long betas = shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()).stream()
                .filter(j -> j.merchant().equals("beta")).findFirst().orElseThrow().id();
        assertEquals("job " + betas + " is outside olga's data scope (acme)",
                assertThrows(AccessRefusedException.class, () -> shelf.engine.job(OLGA, betas)).getMessage());
        assertEquals("job " + betas + " is outside olga's data scope (acme)",
                assertThrows(AccessRefusedException.class, () -> shelf.engine.retry(OLGA, betas)).getMessage());
        assertEquals("job " + betas + " is outside olga's data scope (acme)",
                assertThrows(AccessRefusedException.class, () -> shelf.engine.cancel(OLGA, betas)).getMessage());
        assertEquals("job:show needs the role ops (or admin) — lily has editor",
                assertThrows(AccessRefusedException.class, () -> shelf.engine.job(LILY, mine.get(0).id())).getMessage());
        assertEquals("publish:jobs needs the role editor or ops (or admin) — wang has reviewer",
                assertThrows(AccessRefusedException.class, () -> shelf.engine.jobs(WANG, JobQuery.all())).getMessage());
    }

    @Test
    void aRetryOfEveryFailedJobRetriesOnlyThoseInScopeAndIsAudited() throws Exception {
        weidian.refused.add("A9");
        weidian.refused.add("B9");
        StoredBatch acmes = shelf.batch("acme", List.of(PublishFixture.product("acme", "A9", "衬衫", "99.00", "服装/男装/衬衫")));
        StoredBatch betas = shelf.batch("beta", List.of(PublishFixture.product("beta", "B9", "衬衫", "99.00", "服装/男装/衬衫")));
        shelf.await(shelf.engine.publish(PublishFixture.ADMIN, request(acmes.id())).run());
        shelf.await(shelf.engine.publish(PublishFixture.ADMIN, request(betas.id())).run());
        assertEquals(2, shelf.engine.counts(PublishFixture.ADMIN, 0).failed());

        assertEquals(1, shelf.engine.retryFailed(OLGA));
        List<Job> failed = shelf.engine.jobs(PublishFixture.ADMIN, new JobQuery(JobState.FAILED, "", 0, 0));
        assertEquals(List.of("beta"), failed.stream().map(Job::merchant).toList(), "beta's failed job stays failed");
        AuditEntry line = shelf.audit.tail("olga", null, 0).get(0);
        assertEquals("job:retry [jobs:failed] 1 failed job queued again",
                line.command() + " " + line.objects() + " " + line.detail());
    }

    @Test
    void aBatchOrProductOutsideTheScopeIsNotPublishedAndEveryPublishIsAudited() throws Exception {
        assertEquals("batch " + beta.id() + " is outside lily's data scope (acme)", assertThrows(
                AccessRefusedException.class, () -> shelf.engine.publish(LILY, request(beta.id()))).getMessage());
        assertEquals("product B1 is outside lily's data scope (acme)", assertThrows(AccessRefusedException.class,
                () -> shelf.engine.publish(LILY, new PublishRequest(null, List.of("B1"), List.of("weidian"), ""))).getMessage());
        assertEquals("publish:publish needs the role editor or ops (or admin) — wang has reviewer", assertThrows(
                AccessRefusedException.class, () -> shelf.engine.publish(WANG, request(acme.id()))).getMessage());

        PublishReport a1 = shelf.engine.publish(LILY, new PublishRequest(null, List.of("A1"), List.of("weidian"), "forged"));
        assertEquals(1, a1.products(), "the shared SPU code names acme's product only");
        assertEquals("lily", shelf.audit.tail("lily", null, 0).get(0).user());
        AuditEntry line = shelf.audit.tail("lily", null, 0).get(0);
        assertEquals("publish [product:A1] run " + a1.run() + ": 1 products, 1 jobs queued on weidian; 0 already queued, 0 blocked",
                line.command() + " " + line.objects() + " " + line.after() + ": " + line.detail());
    }

    @Test
    void aCategoryManagerCannotPublishABatchThatHoldsOtherCategories() throws Exception {
        StoredBatch mixed = shelf.batch("acme", List.of(PublishFixture.product("acme", "C1", "T恤", "59.00", "服装/男装/T恤"),
                PublishFixture.product("acme", "D1", "耳机", "199.00", "数码/耳机")));
        Subject cathy = new Subject("cathy", Set.of(Role.EDITOR), new DataScope(Set.of("acme"), List.of("服装")));
        assertEquals("batch " + mixed.id() + " has 1 product outside cathy's data scope (acme; 服装) — publish yours in "
                + "it by SPU code", assertThrows(AccessRefusedException.class,
                        () -> shelf.engine.publish(cathy, request(mixed.id()))).getMessage());
        assertEquals("product D1 is outside cathy's data scope (acme; 服装)", assertThrows(AccessRefusedException.class,
                () -> shelf.engine.publish(cathy, new PublishRequest(null, List.of("D1"), List.of("weidian"), "")))
                        .getMessage());
        PublishReport c1 = shelf.engine.publish(cathy, new PublishRequest(null, List.of("C1"), List.of("weidian"), ""));
        assertEquals(1, c1.queued());
        assertTrue(shelf.engine.jobs(cathy, JobQuery.all()).stream().noneMatch(j -> j.spuCode().equals("D1")));
    }
}
