package shelf.channel.support;

import java.util.Optional;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * What an adapter of a platform that reviews listings does around a create or update: follows the review of
 * what it submitted, keeps the listings under review or rejected (by outer id, in {@link Submissions}) so a
 * retry does not submit again what is being reviewed, and sends a product whose listing was rejected to that
 * listing rather than creating a second one.
 */
public final class ReviewedListings {
    private final ReviewFollow review;
    private final Submissions submissions;

    public ReviewedListings(ReviewFollow review, Submissions submissions) {
        this.review = review;
        this.submissions = submissions;
    }

    /**
     * Follows the platform's review of what was just submitted to a listing (or is still under review from an
     * earlier attempt): returns when it is approved, else throws the rejection with the platform's reason or
     * that it is still in review. The ledger of submissions keeps the listing meanwhile.
     *
     * @param digest what was submitted ({@link #digest}), so a retry need not submit it again
     */
    public void follow(String outerId, String listingId, String digest, ReviewFollow.StatusReader reader)
            throws ChannelException {
        submissions.submitted(outerId, listingId, digest);
        try {
            review.await("商品" + listingId + "（商家编码" + outerId + "）", reader);
        } catch (ChannelException e) {
            if (e.kind() == Kind.REVIEW_REJECTED) {
                submissions.rejected(outerId, listingId, digest);
            }
            throw e;
        }
        submissions.approved(outerId);
    }

    /**
     * Whether the platform is reviewing exactly this submission of the listing already: a retry then follows
     * the review instead of submitting it again (which would put it at the back of the platform's queue).
     */
    public boolean underReview(String outerId, String listingId, String digest) {
        return submissions.reviewing(outerId, listingId, digest);
    }

    /** Updates this listing with the product. */
    @FunctionalInterface
    public interface ListingUpdate {
        void run(String listingId) throws ChannelException;
    }

    /**
     * The listing the platform is reviewing or rejected for this outer id, updated with the product — so a
     * product created before is not created a second time — or empty when there is none (any more).
     */
    public Optional<String> resubmitted(String outerId, ListingUpdate update) throws ChannelException {
        Optional<Submissions.Entry> earlier = submissions.of(outerId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        try {
            update.run(earlier.get().listingId());
        } catch (ChannelException e) {
            if (e.kind() != Kind.NOT_FOUND) {
                throw e;
            }
            submissions.approved(outerId); // gone from the platform: forget it and create anew
            return Optional.empty();
        }
        return Optional.of(earlier.get().listingId());
    }

    /** A short digest of a request, to tell whether the same was submitted before. */
    public static String digest(String request) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes the file of the submissions (see {@link Submissions#close}), when the adapter stops.
     *
     * @since 1.5
     */
    public void close() {
        submissions.close();
    }
}
