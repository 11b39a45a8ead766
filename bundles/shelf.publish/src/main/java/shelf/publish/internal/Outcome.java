package shelf.publish.internal;

import shelf.api.publish.JobState;

/**
 * What became of one attempt of a job, to be written with others in one transaction.
 *
 * @param state done, failed, or pending again (a retry at {@code nextAt})
 * @param listing the listing to record when the product is live with what was sent, else null
 * @param forgetListing the platform no longer has the listing we recorded: delete our row of it
 * @param sent whether the platform was called; an attempt that was not made is not counted
 * @param uncertain the attempt ended without an answer, so it may have taken effect: from now on the job
 *     looks its listing up by outer id before creating one
 * @param sentNote what was sent in place of what should have been (original images), for the job's note
 */
record Outcome(ClaimedJob job, JobState state, long nextAt, String listingId, String errorCode, String error,
        ListingRow listing, boolean forgetListing, boolean sent, boolean uncertain, String sentNote) {

    /** A product live on a channel. */
    record ListingRow(String listingId, String skuCodes, String skuIds, byte[] digest) {}

    static Outcome done(ClaimedJob job, String listingId, ListingRow listing) {
        return new Outcome(job, JobState.DONE, 0, listingId, "", "", listing, false, true, false, "");
    }

    static Outcome failed(ClaimedJob job, String code, String reason) {
        return new Outcome(job, JobState.FAILED, 0, job.listingId(), code, reason, null, false, true, false, "");
    }

    static Outcome retry(ClaimedJob job, long at, String code, String reason) {
        return new Outcome(job, JobState.PENDING, at, job.listingId(), code, reason, null, false, true, false, "");
    }

    /** Back to the queue without having called the platform (no adapter, circuit open). */
    static Outcome notSent(ClaimedJob job, long at, String reason) {
        return new Outcome(job, JobState.PENDING, at, job.listingId(), "", reason, null, false, false, false, "");
    }

    /**
     * Back to the queue after a lookup by outer id the platform could not answer yet: the listing may exist, and
     * the attempt is not counted (a lookup changes nothing on the platform).
     */
    static Outcome lookupPending(ClaimedJob job, long at, String code, String reason) {
        return new Outcome(job, JobState.PENDING, at, job.listingId(), code, reason, null, false, false, true, "");
    }

    Outcome forgettingListing() {
        return new Outcome(job, state, nextAt, "", errorCode, error, listing, true, sent, uncertain, sentNote);
    }

    /** The same outcome, with a note on what was sent. */
    Outcome noting(String note) {
        return new Outcome(job, state, nextAt, listingId, errorCode, error, listing, forgetListing, sent, uncertain, note);
    }

    Outcome mayHaveTakenEffect() {
        return new Outcome(job, state, nextAt, listingId, errorCode, error, listing, forgetListing, sent, true, sentNote);
    }
}
