package shelf.api.publish;

import java.time.Instant;

/**
 * One durable publishing job: one product (or one SKU's price or stock) to one channel.
 *
 * @param id the job id operators type ("job:show 17")
 * @param run the publish or price/stock command that created it; jobs of one command share it
 * @param channel the channel ("weidian")
 * @param merchant the product's merchant
 * @param spuCode the product (its outer id on the platform)
 * @param kind what it sends
 * @param skuCode the SKU for a price or stock job, else empty
 * @param value the price or stock sent by a price or stock job, else empty
 * @param state where it stands
 * @param attempts calls made so far (a call cut short by a crash counts)
 * @param listingId the platform's listing id once known, else empty
 * @param errorCode the platform's code of the last failure, else empty
 * @param error the last failure in the platform's words (why it failed, or why it is being retried), else empty
 * @param note what it is waiting for right now ("no adapter for weidian", "retry at 10:02:03"), else empty
 * @param createdAt when it was created
 * @param updatedAt when its state last changed
 */
public record Job(long id, long run, String channel, String merchant, String spuCode, JobKind kind, String skuCode,
        String value, JobState state, int attempts, String listingId, String errorCode, String error, String note,
        Instant createdAt, Instant updatedAt) {}
