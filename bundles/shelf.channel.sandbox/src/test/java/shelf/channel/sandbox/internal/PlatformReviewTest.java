package shelf.channel.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * Douyin, Pinduoduo and the WeChat shop review every create and update: the adapters follow the review
 * (product.detail check_status, pdd.goods.commit.detail.get goods_status, product/get edit_status) and end
 * approved, rejected with the platform's reason, or still in review — never "live" when the platform says no.
 */
class PlatformReviewTest {
    static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Simulators.sandbox(Map.of());
    }

    @AfterAll
    static void stop() {
        sandbox.deactivate();
    }

    @AfterEach
    void clean() {
        for (String channel : Sandbox.CHANNELS) {
            sandbox.market(channel).store.removeOuterIds("SPU-RV");
            sandbox.market(channel).reviews.readsInReview = 0;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"douyin", "pinduoduo", "wechat"})
    void aListingTheReviewApprovesIsCreatedAfterTheReviewIsFollowed(String channel) throws Exception {
        sandbox.market(channel).reviews.readsInReview = 2;
        ChannelAdapter adapter = Simulators.adapter(channel, sandbox);
        String id = adapter.create(SelfTest.product("SPU-RV-OK", "纯棉圆领短袖T恤 审核通过"));
        assertEquals(id, sandbox.market(channel).store.byOuterId("SPU-RV-OK").get(0).id);
        assertEquals(ReviewDesk.State.APPROVED, sandbox.market(channel).reviews.peek(sandbox.market(channel).reviews.ofListing(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"douyin", "pinduoduo", "wechat"})
    void aRejectionIsTheOutcomeWithThePlatformsReasonAndTheCorrectedProductGoesToTheSameListing(String channel)
            throws Exception {
        ChannelAdapter adapter = Simulators.adapter(channel, sandbox);
        ChannelException e = assertThrows(ChannelException.class,
                () -> adapter.create(SelfTest.product("SPU-RV-NO", "纯棉圆领短袖T恤 审核驳回")));
        assertEquals(Kind.REVIEW_REJECTED, e.kind(), e.getMessage());
        assertTrue(Kind.REVIEW_REJECTED.listingMayExist() && !Kind.REVIEW_REJECTED.retryable());
        String listingId = sandbox.market(channel).store.byOuterId("SPU-RV-NO").get(0).id;
        String name = Map.of("douyin", "抖店", "pinduoduo", "拼多多", "wechat", "微信小店").get(channel);
        String reason = "商品标题含有「审核驳回」，不符合发布规范（沙箱审核规则）";
        assertEquals(name + "审核驳回商品" + listingId + "（商家编码SPU-RV-NO）：" + (channel.equals("douyin") ? "商品标题：" : "") + reason,
                e.getMessage());
        assertEquals("review.rejected", e.platformCode());

        String again = adapter.create(SelfTest.product("SPU-RV-NO", "纯棉圆领短袖T恤 已改"));
        assertEquals(listingId, again, "the rejected listing gets the corrected product");
        assertEquals(1, sandbox.market(channel).store.byOuterId("SPU-RV-NO").size(), "not listed twice");
        assertEquals("纯棉圆领短袖T恤 已改", sandbox.market(channel).store.get(listingId).title);
    }

    /**
     * By default an adapter does not wait while the platform reviews: one read at once, and a listing still in
     * review goes back to the publisher's queue, so the caller is free for the next job.
     */
    @ParameterizedTest
    @ValueSource(strings = {"douyin", "pinduoduo", "wechat"})
    void byDefaultAListingInReviewIsSentBackAtOnceWithoutHoldingTheCaller(String channel) throws Exception {
        sandbox.market(channel).reviews.readsInReview = 1_000;
        ChannelAdapter adapter = Simulators.adapter(channel, sandbox, -1);
        long start = System.nanoTime();
        ChannelException e = assertThrows(ChannelException.class,
                () -> adapter.create(SelfTest.product("SPU-RV-NOW", "纯棉圆领短袖T恤 审核中")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Kind.UNDER_REVIEW, e.kind(), e.getMessage());
        String listingId = sandbox.market(channel).store.byOuterId("SPU-RV-NOW").get(0).id;
        assertEquals(Map.of("douyin", "抖店", "pinduoduo", "拼多多", "wechat", "微信小店").get(channel) + "仍在审核商品" + listingId
                + "（商家编码SPU-RV-NOW），稍后再查", e.getMessage());
        assertTrue(millis < 2_000, "no wait for the review: " + millis + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"douyin", "pinduoduo", "wechat"})
    void aReviewLongerThanTheWaitIsRetriedLaterWithoutSubmittingAgain(String channel) throws Exception {
        sandbox.market(channel).reviews.readsInReview = 1_000;
        ChannelAdapter adapter = Simulators.adapter(channel, sandbox, 500);
        ChannelException e = assertThrows(ChannelException.class,
                () -> adapter.create(SelfTest.product("SPU-RV-WAIT", "纯棉圆领短袖T恤 审核中")));
        assertEquals(Kind.UNDER_REVIEW, e.kind(), e.getMessage());
        assertTrue(e.retryable() && Kind.UNDER_REVIEW.listingMayExist());
        String listingId = sandbox.market(channel).store.byOuterId("SPU-RV-WAIT").get(0).id;
        assertTrue(e.getMessage().startsWith(Map.of("douyin", "抖店", "pinduoduo", "拼多多", "wechat", "微信小店").get(channel)
                + "仍在审核商品" + listingId + "（商家编码SPU-RV-WAIT）（已等0.5秒），稍后再查"), e.getMessage());
        String commit = sandbox.market(channel).reviews.ofListing(listingId).commitId;

        // the publisher's retry: the listing is found by outer id and updated with the same product
        sandbox.market(channel).reviews.readsInReview = 0;
        sandbox.market(channel).reviews.ofListing(listingId).readsLeft = 0;
        String found = adapter.findByOuterId("SPU-RV-WAIT").orElseThrow().listingId();
        adapter.update(found, SelfTest.product("SPU-RV-WAIT", "纯棉圆领短袖T恤 审核中"));
        assertEquals(commit, sandbox.market(channel).reviews.ofListing(listingId).commitId,
                "what the platform is reviewing is not submitted again");
        assertEquals(1, sandbox.market(channel).store.byOuterId("SPU-RV-WAIT").size());
    }
}
