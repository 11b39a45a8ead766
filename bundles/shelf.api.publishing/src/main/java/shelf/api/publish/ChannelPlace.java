package shelf.api.publish;

import java.time.Instant;

/**
 * Where one product stands on one channel after review: its latest publish job and whether it is live there.
 *
 * @param merchant the product's merchant
 * @param spuCode the product
 * @param channel the channel ("weidian")
 * @param job the state of its latest publish job there, or {@code null} when it has none (live from a shop pulled)
 * @param listingId the platform's listing id when the product is live there, else empty
 * @param errorCode the platform's code of the latest job's last failure, else empty
 * @param error that failure in the platform's words, else empty
 * @param at when the latest job last changed (or the product was listed, without a job)
 * @since 2.5
 */
public record ChannelPlace(String merchant, String spuCode, String channel, JobState job, String listingId,
        String errorCode, String error, Instant at) {

    public ChannelPlace {
        listingId = listingId == null ? "" : listingId;
        errorCode = errorCode == null ? "" : errorCode;
        error = error == null ? "" : error;
    }

    /** Whether the platform holds a listing of it. */
    public boolean live() {
        return !listingId.isEmpty();
    }

    /** "MERCHANT/SPU", as the board and the review pages name products. */
    public String product() {
        return merchant + "/" + spuCode;
    }
}
