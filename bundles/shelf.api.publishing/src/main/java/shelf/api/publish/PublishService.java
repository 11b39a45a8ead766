package shelf.api.publish;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/**
 * Publishes catalogue products to marketplaces through durable jobs and keeps them in step.
 *
 * <p>Every request becomes jobs in the catalogue database before anything is sent (an outbox), so a
 * crash or kill -9 loses nothing: a restarted runtime resumes them. A channel's worker sends its jobs at
 * the channel's rate limit, retries what the platform failed to do with exponential backoff, stops
 * calling a platform that keeps failing (circuit breaker), and never lists a product twice: each
 * listing carries the SPU code as outer id, and after any failure whose outcome is unknown the worker
 * looks the listing up by it before creating again. A product already live is updated, never relisted.
 *
 * <p>Every method takes the caller and checks it where the work is done: the command ACL
 * ({@link shelf.api.security.CommandAccess}, under the name of the shell command that does the same:
 * "publish", "jobs", "price:set" …) and the caller's data scope. Lists and counts hold only what is in the
 * scope; a job, batch or SKU outside it is refused with {@link shelf.api.security.AccessRefusedException}
 * ("job 17 is outside lily's data scope (acme)"). Every change is audited with the caller's name.
 */
@ProviderType
public interface PublishService {

    /**
     * Queues a job per product and channel. Products with error findings for a channel (rule packs, the
     * channel's own pack included) are left out there and reported. Channels need no adapter yet: their
     * jobs wait for one.
     */
    PublishReport publish(Subject by, PublishRequest request) throws PublishException;

    /**
     * The products a request names, as the caller may publish them: refuses a batch or SPU code outside the
     * caller's data scope, as {@link #publish} would. The scheduler checks a request with it when it is made
     * and again when it fires.
     */
    java.util.List<shelf.api.catalog.StoredProduct> products(Subject by, PublishRequest request) throws PublishException;

    /** Jobs in the caller's scope matching the query, newest first. */
    List<Job> jobs(Subject by, JobQuery query) throws PublishException;

    Optional<Job> job(Subject by, long id) throws PublishException;

    /** Jobs in the caller's scope by state: every such job's, or one run's (run 0: all). */
    JobCounts counts(Subject by, long run) throws PublishException;

    /**
     * Waits until no job of the run (0: any job) is pending or running, or the timeout passes.
     *
     * @return the counts at the end
     */
    JobCounts await(Subject by, long run, Duration timeout) throws PublishException, InterruptedException;

    /** Queues a failed or cancelled job again; it looks the listing up before creating it. */
    Job retry(Subject by, long id) throws PublishException;

    /** Queues every failed job in the caller's scope again; how many. */
    int retryFailed(Subject by) throws PublishException;

    /** Cancels a pending job; a job that is running, done or failed cannot be cancelled. */
    Job cancel(Subject by, long id) throws PublishException;

    /** Every channel with an installed adapter or with jobs, by id, with every merchant's counts (ops' view). */
    List<ChannelStatus> channels(Subject by) throws PublishException;

    Optional<ChannelStatus> channel(Subject by, String id) throws PublishException;

    /**
     * Checks a channel's settings against its platform (channel:check): the adapter obtains a token and
     * makes one harmless read. A refusal or no answer is the check's outcome, not an exception.
     *
     * @throws PublishException when the channel has no adapter installed
     * @since 2.2
     */
    ChannelCheck check(Subject by, String channel) throws PublishException;

    /**
     * Sets a SKU's sale price in the catalogue and queues a price job on every channel where its product is
     * live.
     *
     * @deprecated since 2.4 {@link ListingSync#setPrice} does it, in its own bundle
     *
     * @param merchant the merchant, or empty when the SKU code is unique among the merchants the caller sees
     * @return the jobs queued, one per channel
     */
    @Deprecated
    default List<Job> setPrice(Subject by, String merchant, String skuCode, BigDecimal price) throws PublishException {
        throw new PublishException(ListingSync.class.getSimpleName() + " sets prices since 2.4 (the publishing feature's shelf.publish.sync)");
    }

    /**
     * Brings a shop's listings on a channel into the catalogue as a new batch, each product keyed by its outer
     * id (SPU code), and records them as live there, so publishing them to that channel updates rather than
     * lists again. Publishing the batch to another channel copies the shop there.
     *
     * @param merchant the merchant to store them under; empty: the channel's id
     * @deprecated since 2.4 {@link ListingSync#pull} does it, in its own bundle
     */
    @Deprecated
    default PullReport pull(Subject by, String channel, String merchant) throws PublishException {
        throw new PublishException(ListingSync.class.getSimpleName() + " pulls shops since 2.4 (the publishing feature's shelf.publish.sync)");
    }

    /**
     * Sets a SKU's stock in the catalogue and queues a stock job on every channel where its product is live.
     *
     * @deprecated since 2.4 {@link ListingSync#setStock} does it, in its own bundle
     */
    @Deprecated
    default List<Job> setStock(Subject by, String merchant, String skuCode, int stock) throws PublishException {
        throw new PublishException(ListingSync.class.getSimpleName() + " sets stock since 2.4 (the publishing feature's shelf.publish.sync)");
    }

    /**
     * The nodes working on the catalogue's jobs (cluster:status): one on H2, every Shelf process on the same
     * PostgreSQL database otherwise, with what each holds and when each was last seen.
     *
     * @since 2.3
     */
    default java.util.List<NodeStatus> nodes(shelf.api.security.Subject by) throws PublishException {
        return java.util.List.of();
    }

    /**
     * Where each of these products ("MERCHANT/SPU") stands on the channels: per channel, its latest publish job
     * and whether it is live there, read for all of them at once (the board asks for the cards it shows).
     * Products outside the caller's data scope, and channels where a product has neither a job nor a listing,
     * are left out. Allowed to whoever may see the jobs or the review board.
     *
     * @since 2.5
     */
    default List<ChannelPlace> places(Subject by, java.util.Collection<String> products) throws PublishException {
        return List.of();
    }

    /**
     * Jobs in the caller's scope matching the query, newest first, of one batch's products only (batch 0: of
     * any product) — the jobs by batch and by run.
     *
     * @since 2.5
     */
    default List<Job> jobs(Subject by, JobQuery query, long batchId) throws PublishException {
        if (batchId != 0) {
            throw new PublishException("this publishing engine cannot list jobs by batch");
        }
        return jobs(by, query);
    }

    /**
     * How many jobs in the caller's scope match the query's channel and run (its state and limit aside), by
     * state, of one batch's products only (batch 0: of any product).
     *
     * @since 2.5
     */
    default JobCounts counts(Subject by, JobQuery query, long batchId) throws PublishException {
        if (batchId != 0 || !query.channel().isEmpty()) {
            throw new PublishException("this publishing engine cannot count jobs by batch or channel");
        }
        return counts(by, query.run());
    }
}
