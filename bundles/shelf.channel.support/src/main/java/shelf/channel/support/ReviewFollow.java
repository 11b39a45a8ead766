package shelf.channel.support;

import java.util.ArrayList;
import java.util.List;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * Follows a platform's review of a listing just submitted (Douyin, Pinduoduo and the WeChat shop review every
 * create and update): reads its review state at once, then — only when a wait is configured — again after 0.2 s,
 * doubling, until the wait is spent, and ends in one of three ways: approved (returns), rejected (a
 * {@link Kind#REVIEW_REJECTED} refusal with the platform's reason), or still in review ({@link Kind#UNDER_REVIEW},
 * which the publisher retries later). By default there is no wait: a call does not hold one of the publisher's
 * callers while the platform reviews, the job goes back to the queue and its retry reads the state again. A read
 * that fails once the listing exists is no reason to create it again, so it ends as "still in review" too,
 * naming what went wrong.
 */
public final class ReviewFollow {
    /** What the platform says of a submitted listing. */
    public enum State { APPROVED, IN_REVIEW, REJECTED }

    /** The review state and, when rejected, the platform's reason. */
    public record Verdict(State state, String reason) {
        public static Verdict approved() {
            return new Verdict(State.APPROVED, "");
        }

        public static Verdict inReview() {
            return new Verdict(State.IN_REVIEW, "");
        }

        public static Verdict rejected(String reason) {
            return new Verdict(State.REJECTED, reason == null || reason.isBlank() ? "平台未给出原因" : reason.strip());
        }
    }

    /** Reads the listing's review state from the platform, once. */
    @FunctionalInterface
    public interface StatusReader {
        Verdict read() throws ChannelException;
    }

    /** Waits between reads; a test passes one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    static final long FIRST_MILLIS = 200;

    private final String platform;
    private final List<Long> schedule;
    private final Sleeper sleeper;

    /** @param waitMillis how long one call follows the review in all; 0 reads once, at once */
    public ReviewFollow(String platform, long waitMillis, Sleeper sleeper) {
        this.platform = platform;
        this.sleeper = sleeper;
        List<Long> delays = new ArrayList<>();
        delays.add(0L); // a platform that decides at once (or a resubmission already decided) costs no wait
        long spent = 0;
        for (long next = FIRST_MILLIS; spent < waitMillis; next *= 2) {
            long delay = Math.min(next, waitMillis - spent);
            delays.add(delay);
            spent += delay;
        }
        this.schedule = List.copyOf(delays);
    }

    /** The pauses before each read, in milliseconds. */
    public List<Long> schedule() {
        return schedule;
    }

    /**
     * Returns when the platform approved the listing; throws its rejection, or that it is still in review.
     *
     * @param what the listing in the operator's words ("商品 3457…")
     */
    public void await(String what, StatusReader reader) throws ChannelException {
        long waited = 0;
        for (long delay : schedule) {
            try {
                if (delay > 0) {
                    sleeper.sleep(delay);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw pending(what, waited, "等待被中断");
            }
            waited += delay;
            Verdict verdict;
            try {
                verdict = reader.read();
            } catch (ChannelException e) {
                throw pending(what, waited, "审核状态未能读取：" + e.getMessage());
            }
            if (verdict.state() == State.APPROVED) {
                return;
            }
            if (verdict.state() == State.REJECTED) {
                throw new ChannelException(Kind.REVIEW_REJECTED, "review.rejected", platform + "审核驳回" + what + "："
                        + verdict.reason());
            }
        }
        throw pending(what, waited, "");
    }

    private ChannelException pending(String what, long waitedMillis, String why) {
        List<String> notes = new ArrayList<>();
        if (waitedMillis > 0) {
            notes.add("已等" + String.format(java.util.Locale.ROOT, "%.1f", waitedMillis / 1000.0) + "秒");
        }
        if (!why.isEmpty()) {
            notes.add(why);
        }
        return new ChannelException(Kind.UNDER_REVIEW, "review.pending", platform + "仍在审核" + what
                + (notes.isEmpty() ? "" : "（" + String.join("，", notes) + "）") + "，稍后再查");
    }
}
