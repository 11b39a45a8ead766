package shelf.publish.internal;

import shelf.api.publish.JobKind;

/**
 * A job a channel worker took from the queue, with what it needs to run: the product document as stored now
 * (null when the product has left the catalogue) and the channel's listing of it, if any.
 *
 * @param attempts attempts including this one
 * @param mayExist an earlier attempt ended without an answer: its listing may exist without our knowing
 */
record ClaimedJob(long id, String channel, JobKind kind, String merchant, String spuCode, String skuCode, String value,
        int attempts, boolean mayExist, String listingId, byte[] listingDigest, byte[] document, byte[] documentDigest) {

    /** The product on its channel: two jobs with one key never run at once. */
    String key() {
        return key(merchant, spuCode);
    }

    static String key(String merchant, String spuCode) {
        return merchant + '\u0000' + spuCode;
    }
}
