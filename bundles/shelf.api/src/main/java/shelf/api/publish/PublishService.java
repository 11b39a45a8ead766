package shelf.api.publish;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes catalogue products to marketplaces through durable jobs and keeps them in step.
 *
 * <p>Every request becomes jobs in the catalogue database before anything is sent (an outbox), so a
 * crash or kill -9 loses nothing: a restarted runtime resumes them. A channel's worker sends its jobs at
 * the channel's rate limit, retries what the platform failed to do with exponential backoff, stops
 * calling a platform that keeps failing (circuit breaker), and never lists a product twice: each
 * listing carries the SPU code as outer id, and after any failure whose outcome is unknown the worker
 * looks the listing up by it before creating again. A product already live is updated, never relisted.
 */
@ProviderType
public interface PublishService {

    /**
     * Queues a job per product and channel. Products with error findings for a channel (rule packs, the
     * channel's own pack included) are left out there and reported. Channels need no adapter yet: their
     * jobs wait for one.
     */
    PublishReport publish(PublishRequest request) throws PublishException;

    /** Jobs matching the query, newest first. */
    List<Job> jobs(JobQuery query) throws PublishException;

    Optional<Job> job(long id) throws PublishException;

    /** Jobs by state: every job's, or one run's (run 0: all). */
    JobCounts counts(long run) throws PublishException;

    /**
     * Waits until no job of the run (0: any job) is pending or running, or the timeout passes.
     *
     * @return the counts at the end
     */
    JobCounts await(long run, Duration timeout) throws PublishException, InterruptedException;

    /** Queues a failed or cancelled job again; it looks the listing up before creating it. */
    Job retry(long id) throws PublishException;

    /** Queues every failed job again; how many. */
    int retryFailed() throws PublishException;

    /** Cancels a pending job; a job that is running, done or failed cannot be cancelled. */
    Job cancel(long id) throws PublishException;

    /** Every channel with an installed adapter or with jobs, by id. */
    List<ChannelStatus> channels() throws PublishException;

    Optional<ChannelStatus> channel(String id) throws PublishException;

    /**
     * Sets a SKU's sale price in the catalogue and queues a price job on every channel where its product is
     * live.
     *
     * @param merchant the merchant, or empty when the SKU code is unique across merchants
     * @return the jobs queued, one per channel
     */
    List<Job> setPrice(String merchant, String skuCode, BigDecimal price) throws PublishException;

    /**
     * Brings a shop's listings on a channel into the catalogue as a new batch, each product keyed by its outer
     * id (SPU code), and records them as live there, so publishing them to that channel updates rather than
     * lists again. Publishing the batch to another channel copies the shop there.
     *
     * @param merchant the merchant to store them under; empty: the channel's id
     */
    PullReport pull(String channel, String merchant, String requestedBy) throws PublishException;

    /** Sets a SKU's stock in the catalogue and queues a stock job on every channel where its product is live. */
    List<Job> setStock(String merchant, String skuCode, int stock) throws PublishException;
}
