package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.ReviewFollow.Verdict;

/** Following a platform's review on a bounded schedule, and the ledger of listings under review. */
class ReviewFollowTest {
    final List<Long> slept = new ArrayList<>();

    private ReviewFollow follow(long waitMillis) {
        return new ReviewFollow("抖店", waitMillis, slept::add);
    }

    private static ReviewFollow.StatusReader answers(Verdict... verdicts) {
        Iterator<Verdict> next = List.of(verdicts).iterator();
        return next::next;
    }

    @Test
    void theFirstReadIsAtOnceThenAFifthOfASecondDoublingUntilTheWaitIsSpent() {
        assertEquals(List.of(0L, 200L, 400L, 800L, 1600L, 3200L, 3800L), follow(10_000).schedule());
        assertEquals(List.of(0L), follow(0).schedule(), "no wait: one read at once");
    }

    @Test
    void approvedAfterTwoReadsInReview() throws Exception {
        follow(10_000).await("商品1", answers(Verdict.inReview(), Verdict.inReview(), Verdict.approved()));
        assertEquals(List.of(200L, 400L), slept);
    }

    /** The default: no caller waits while the platform reviews — one read, at once, and the job is retried later. */
    @Test
    void withoutAWaitOneReadAtOnceDecidesOrSendsTheJobBackAsInReview() throws Exception {
        follow(0).await("商品1", answers(Verdict.approved()));
        ChannelException pending = assertThrows(ChannelException.class, () -> follow(0).await("商品1", Verdict::inReview));
        assertEquals(Kind.UNDER_REVIEW, pending.kind());
        assertEquals("抖店仍在审核商品1，稍后再查", pending.getMessage());
        ChannelException rejected = assertThrows(ChannelException.class,
                () -> follow(0).await("商品1", answers(Verdict.rejected("主图含水印"))));
        assertEquals("抖店审核驳回商品1：主图含水印", rejected.getMessage());
        assertEquals(List.of(), slept);
    }

    @Test
    void aRejectionCarriesThePlatformsReason() {
        ChannelException e = assertThrows(ChannelException.class,
                () -> follow(10_000).await("商品1", answers(Verdict.inReview(), Verdict.rejected(" 标题含违禁词「最」 "))));
        assertEquals(Kind.REVIEW_REJECTED, e.kind());
        assertEquals("抖店审核驳回商品1：标题含违禁词「最」", e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void stillInReviewWhenTheWaitIsSpentOrTheStateCannotBeRead() {
        ChannelException waited = assertThrows(ChannelException.class, () -> follow(700).await("商品1", Verdict::inReview));
        assertEquals(Kind.UNDER_REVIEW, waited.kind());
        assertEquals("抖店仍在审核商品1（已等0.7秒），稍后再查", waited.getMessage());
        ChannelException busy = assertThrows(ChannelException.class, () -> follow(700).await("商品1", () -> {
            throw new ChannelException(Kind.BUSY, "8", "抖店：服务繁忙");
        }));
        assertEquals(Kind.UNDER_REVIEW, busy.kind(), "the listing exists: a busy read must not lead to a second create");
        assertEquals("抖店仍在审核商品1（审核状态未能读取：抖店：服务繁忙），稍后再查", busy.getMessage());
        assertTrue(busy.kind().listingMayExist());
    }

    @Test
    void theLedgerKeepsListingsUnderReviewOrRejectedAcrossARestart(@TempDir Path home) {
        Path file = home.resolve("douyin-reviews.jsonl");
        Submissions ledger = new Submissions(file, "sandbox sandbox");
        ledger.submitted("SPU-1", "3001", "abc");
        ledger.rejected("SPU-2", "3002", "def");
        ledger.submitted("SPU-3", "3003", "ghi");
        ledger.approved("SPU-3");

        Submissions restarted = new Submissions(file, "sandbox sandbox");
        assertTrue(restarted.reviewing("SPU-1", "3001", "abc"));
        assertFalse(restarted.reviewing("SPU-1", "3001", "changed"), "a changed product is submitted again");
        assertEquals(new Submissions.Entry("3002", "def", true), restarted.of("SPU-2").orElseThrow());
        assertTrue(restarted.of("SPU-3").isEmpty(), "approved: the publisher records it");
        assertTrue(new Submissions(file, "https://openapi-fxg.jinritemai.com 123").of("SPU-1").isEmpty(),
                "kept for the endpoint and app key it was submitted to");
    }
}
