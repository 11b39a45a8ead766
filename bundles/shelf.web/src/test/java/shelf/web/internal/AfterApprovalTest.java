package shelf.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.BatchProducts;
import shelf.api.publish.ChannelPlace;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishRequest;
import shelf.api.schedule.ScheduledPublish;

/** What an approved card says of its product in publishing. */
class AfterApprovalTest {
    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aCardTellsWhereItIsLiveWhereItWaitsWhereItFailedAndWhy() {
        String html = AfterApproval.lines(List.of(
                new ChannelPlace("acme", "A-1", "douyin", JobState.FAILED, "", "review.rejected", "抖店审核驳回商品", NOW),
                new ChannelPlace("acme", "A-1", "taobao", JobState.PENDING, "", "", "", NOW),
                new ChannelPlace("acme", "A-1", "wechat", JobState.RUNNING, "", "", "", NOW),
                new ChannelPlace("acme", "A-1", "weidian", JobState.DONE, "1001", "", "", NOW),
                new ChannelPlace("acme", "A-1", "pinduoduo", JobState.CANCELLED, "", "", "", NOW)), List.of());
        assertTrue(html.contains("<li class=failed>失败 <span class=en>Failed</span> douyin: review.rejected 抖店审核驳回商品</li>"), html);
        assertTrue(html.contains("<li class=queued>排队 <span class=en>Queued</span> taobao</li>"), html);
        assertTrue(html.contains("<li class=queued>发送中 <span class=en>Sending</span> wechat</li>"), html);
        assertTrue(html.contains("<li class=live>在售 <span class=en>Live</span> weidian</li>"), html);
        assertFalse(html.contains("pinduoduo"), "a cancelled job with nothing live says nothing");
    }

    @Test
    void aScheduledProductShowsWhenAndWhereAndAnUntouchedOneSaysNotPublished() {
        Instant at = Instant.parse("2099-01-01T02:00:00Z");
        ScheduledPublish s = new ScheduledPublish(3, at, new PublishRequest(1L, List.of(), List.of("taobao"), "lily"),
                "--at", ScheduledPublish.State.PENDING, null, "");
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(at);
        assertEquals("<ul class=places><li class=scheduled>已排期 <span class=en>Scheduled</span> " + when + " → taobao</li></ul>",
                AfterApproval.lines(List.of(), List.of(s)));
        assertEquals("<ul class=places><li class=none>未发布 <span class=en>Not published</span></li></ul>",
                AfterApproval.lines(List.of(), List.of()));
    }

    @Test
    void aBatchHoldsAProductFoundByMerchantAndCode() {
        BatchProducts members = BatchProducts.of(List.of());
        assertFalse(AfterApproval.holds(members, "acme", "A-1"));
        members = new BatchProducts() {
            private final String[][] keys = {{"acme", "A-1"}, {"acme", "A-3"}, {"beta", "A-2"}};

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public String merchant(int at) {
                return keys[at][0];
            }

            @Override
            public String spuCode(int at) {
                return keys[at][1];
            }

            @Override
            public List<shelf.api.catalog.StoredProduct> read(int from, int to) {
                return List.of();
            }
        };
        assertTrue(AfterApproval.holds(members, "acme", "A-3"));
        assertTrue(AfterApproval.holds(members, "beta", "A-2"));
        assertFalse(AfterApproval.holds(members, "acme", "A-2"), "A-2 is beta's");
        assertFalse(AfterApproval.holds(members, "beta", "A-1"));
    }
}
