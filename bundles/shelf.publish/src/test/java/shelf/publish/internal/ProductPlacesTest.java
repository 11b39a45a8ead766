package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.StoredBatch;
import shelf.api.publish.ChannelPlace;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishRequest;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;

/**
 * Where products stand on the channels after review, and the jobs of a batch and of a run: acme's A1 live on
 * weidian and taobao, its A2 live on weidian and refused by taobao, its A3 waiting for douyin (no adapter),
 * and beta's A1 live on weidian, outside acme's users' scope.
 */
class ProductPlacesTest {
    private static final Subject WANG = user("wang", Role.REVIEWER);
    private static final Subject LILY = user("lily", Role.EDITOR);

    @TempDir
    Path folder;

    private final FakePlatform weidian = new FakePlatform(31);
    private final FakePlatform taobao = new FakePlatform(32);
    private PublishFixture shelf;
    private StoredBatch spring;
    private long firstRun;
    private long douyinRun;

    private static Subject user(String name, Role role) {
        return new Subject(name, Set.of(role), new DataScope(Set.of("acme"), List.of()));
    }

    @BeforeEach
    void publishedPartly() throws Exception {
        // the board's permission comes with the review bundle, which this module's tests do not have
        Files.createDirectories(folder.resolve("etc"));
        Files.writeString(folder.resolve("etc/shelf.command.acl.properties"), "review:board = editor, reviewer, ops\n");
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian, "taobao", taobao));
        spring = shelf.batch("acme", List.of(PublishFixture.product("acme", "A1", "纯棉T恤", "99.00", "服装/男装/T恤"),
                PublishFixture.product("acme", "A2", "牛仔裤", "129.00", "服装/男装/裤子")));
        StoredBatch summer = shelf.batch("acme", List.of(PublishFixture.product("acme", "A3", "短裤", "59.00", "服装/男装/裤子")));
        StoredBatch beta = shelf.batch("beta", List.of(PublishFixture.product("beta", "A1", "纯棉T恤", "99.00", "服装/男装/T恤")));
        taobao.refused.add("A2");
        firstRun = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(spring.id(), List.of(), List.of("weidian", "taobao"), "")).run();
        shelf.await(firstRun);
        shelf.await(shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(beta.id(), List.of(), List.of("weidian"), "")).run());
        douyinRun = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(summer.id(), List.of(), List.of("douyin"), "")).run();
    }

    @AfterEach
    void close() {
        shelf.close();
    }

    @Test
    void eachProductShowsItsLatestJobAndListingPerChannelInTheCallersScopeOnly() throws Exception {
        Map<String, ChannelPlace> places = shelf.engine.places(WANG, List.of("acme/A1", "acme/A2", "acme/A3", "beta/A1", "acme/none"))
                .stream().collect(Collectors.toMap(p -> p.product() + "@" + p.channel(), p -> p));
        assertEquals(Set.of("acme/A1@weidian", "acme/A1@taobao", "acme/A2@weidian", "acme/A2@taobao", "acme/A3@douyin"),
                places.keySet(), "beta's product is outside wang's scope");
        ChannelPlace live = places.get("acme/A1@taobao");
        assertEquals(JobState.DONE, live.job());
        assertTrue(live.live(), live.toString());
        ChannelPlace refused = places.get("acme/A2@taobao");
        assertEquals(JobState.FAILED, refused.job());
        assertEquals(false, refused.live());
        assertEquals("isv.invalid-title", refused.errorCode());
        assertEquals("标题长度超过 60 个字符", refused.error());
        assertTrue(places.get("acme/A2@weidian").live());
        ChannelPlace waiting = places.get("acme/A3@douyin");
        assertEquals(JobState.PENDING, waiting.job());
        assertEquals(false, waiting.live());

        assertEquals(List.of("beta/A1@weidian"), shelf.engine.places(PublishFixture.ADMIN, List.of("beta/A1")).stream()
                .map(p -> p.product() + "@" + p.channel()).toList());
    }

    @Test
    void aRetriedProductShowsItsLatestJobNotTheFailedOne() throws Exception {
        taobao.refused.clear();
        Job failed = shelf.engine.jobs(PublishFixture.ADMIN, new JobQuery(JobState.FAILED, "taobao", 0, 0)).get(0);
        shelf.engine.retry(PublishFixture.ADMIN, failed.id());
        shelf.await(firstRun);
        ChannelPlace place = shelf.engine.places(WANG, List.of("acme/A2")).stream().filter(p -> p.channel().equals("taobao"))
                .findFirst().orElseThrow();
        assertEquals(JobState.DONE, place.job());
        assertTrue(place.live());
        assertEquals("", place.error(), "the earlier failure is history");
    }

    @Test
    void jobsByBatchAndByRunWithTheirCountsPerState() throws Exception {
        List<Job> spring = shelf.engine.jobs(LILY, JobQuery.all(), this.spring.id());
        assertEquals(4, spring.size());
        assertTrue(spring.stream().allMatch(j -> j.spuCode().equals("A1") || j.spuCode().equals("A2")), spring.toString());
        assertEquals(new JobCounts(0, 0, 3, 1, 0), shelf.engine.counts(LILY, JobQuery.all(), this.spring.id()));
        assertEquals(new JobCounts(0, 0, 1, 1, 0), shelf.engine.counts(LILY, new JobQuery(null, "taobao", 0, 0), this.spring.id()));
        assertEquals(List.of("A2"), shelf.engine.jobs(LILY, new JobQuery(JobState.FAILED, "", 0, 0), this.spring.id()).stream()
                .map(Job::spuCode).toList());
        assertEquals(1, shelf.engine.jobs(LILY, new JobQuery(null, "", 0, 1), this.spring.id()).size(), "the limit holds");
        // beta's A1 shares the code of acme's A1: not a job of acme's batch, even for whom sees both
        assertEquals(4, shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all(), this.spring.id()).size());
        assertEquals(new JobCounts(0, 0, 3, 1, 0), shelf.engine.counts(PublishFixture.ADMIN, JobQuery.all(), this.spring.id()));
        assertEquals(List.of("acme"), shelf.engine.jobs(PublishFixture.ADMIN, new JobQuery(null, "weidian", 0, 1), this.spring.id())
                .stream().map(Job::merchant).toList(), "beta's newer job on weidian took the limit's place: read again");

        // by run: the douyin run's one job, waiting; the first run within the batch
        assertEquals(new JobCounts(1, 0, 0, 0, 0), shelf.engine.counts(LILY, new JobQuery(null, "", douyinRun, 0), 0));
        assertEquals(new JobCounts(0, 0, 3, 1, 0), shelf.engine.counts(LILY, new JobQuery(null, "", firstRun, 0), this.spring.id()));
        assertEquals(List.of(), shelf.engine.jobs(LILY, new JobQuery(null, "", douyinRun, 0), this.spring.id()));
        assertEquals(new JobCounts(1, 0, 3, 1, 0), shelf.engine.counts(LILY, JobQuery.all(), 0), "beta's job is outside");
    }

    @Test
    void aBatchOutsideTheScopeOrAReviewerAskingForJobsIsRefused() throws Exception {
        long beta = shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()).stream().filter(j -> j.merchant().equals("beta"))
                .findFirst().orElseThrow().run();
        assertTrue(beta > 0);
        long betaBatch = spring.id() + 2;
        assertThrows(Exception.class, () -> shelf.engine.jobs(LILY, JobQuery.all(), betaBatch));
        assertThrows(AccessRefusedException.class, () -> shelf.engine.jobs(WANG, JobQuery.all(), spring.id()));
        assertEquals(1, shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all(), betaBatch).size());
    }
}
