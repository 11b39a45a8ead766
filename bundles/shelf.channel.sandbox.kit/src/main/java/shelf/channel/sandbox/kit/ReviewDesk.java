package shelf.channel.sandbox.kit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated platform's review of submitted listings (Douyin, Pinduoduo and the WeChat shop review every
 * create and update). A submission stays in review for the first {@link #readsInReview} reads of its state,
 * then is approved — or rejected when its title contains the {@link #rejectMarker}, with a reason naming it,
 * so a test can watch a rejection arrive. Each submission gets a commit id (Pinduoduo's goods_commit_id).
 */
public final class ReviewDesk {
    /** The review of one submission. */
    public static final class Review {
        public final String commitId;
        public final String listingId;
        public final String rejection;
        public int readsLeft;

        public Review(String commitId, String listingId, String rejection, int readsLeft) {
            this.commitId = commitId;
            this.listingId = listingId;
            this.rejection = rejection;
            this.readsLeft = readsLeft;
        }
    }

    /** The state a read reports. */
    public enum State { IN_REVIEW, APPROVED, REJECTED }

    public static final String DEFAULT_MARKER = "审核驳回";

    public volatile int readsInReview;
    public volatile String rejectMarker = DEFAULT_MARKER;
    private final Map<String, Review> byListing = new ConcurrentHashMap<>();
    private final Map<String, Review> byCommit = new ConcurrentHashMap<>();
    private final AtomicLong commits = new AtomicLong(7_000_000);

    /** Submits a listing's new state for review; returns the submission. */
    public Review submit(String listingId, String title) {
        String marker = rejectMarker;
        String rejection = !marker.isEmpty() && title.contains(marker)
                ? "商品标题含有「" + marker + "」，不符合发布规范（沙箱审核规则）" : "";
        Review review = new Review(String.valueOf(commits.incrementAndGet()), listingId, rejection, readsInReview);
        byListing.put(listingId, review);
        byCommit.put(review.commitId, review);
        return review;
    }

    public Review ofListing(String listingId) {
        return byListing.get(listingId);
    }

    public Review ofCommit(String commitId) {
        return byCommit.get(commitId);
    }

    /** One read of a submission's state: in review while reads are left, then the verdict. */
    public State read(Review review) {
        if (review == null) {
            return State.APPROVED; // listed before reviews were kept
        }
        synchronized (review) {
            if (review.readsLeft > 0) {
                review.readsLeft--;
                return State.IN_REVIEW;
            }
        }
        return review.rejection.isEmpty() ? State.APPROVED : State.REJECTED;
    }

    /** The state without counting a read (for listings and commands). */
    public State peek(Review review) {
        if (review == null) {
            return State.APPROVED;
        }
        synchronized (review) {
            if (review.readsLeft > 0) {
                return State.IN_REVIEW;
            }
        }
        return review.rejection.isEmpty() ? State.APPROVED : State.REJECTED;
    }

    public void clear() {
        byListing.clear();
        byCommit.clear();
    }
}
