package shelf.api.publish;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/**
 * Keeps live listings in step with the catalogue: a SKU's price or stock changed once and sent to every
 * channel where its product is live, and a shop's listings brought into the catalogue. It queues its jobs in
 * the publishing engine's outbox ({@link Outbox}), so they are sent, retried and audited as a publish's are.
 * Every method checks the caller as the command that does the same does ("price:set", "stock:set",
 * "channel:pull"), with the caller's data scope.
 *
 * @since 2.4
 */
@ProviderType
public interface ListingSync {

    /**
     * Sets a SKU's sale price in the catalogue and queues a price job on every channel where its product is
     * live.
     *
     * @param merchant the merchant, or empty when the SKU code is unique among the merchants the caller sees
     * @return the jobs queued, one per channel
     */
    List<Job> setPrice(Subject by, String merchant, String skuCode, BigDecimal price) throws PublishException;

    /** Sets a SKU's stock in the catalogue and queues a stock job on every channel where its product is live. */
    List<Job> setStock(Subject by, String merchant, String skuCode, int stock) throws PublishException;

    /**
     * Brings a shop's listings on a channel into the catalogue as a new batch, each product keyed by its outer
     * id (SPU code), and records them as live there, so publishing them to that channel updates rather than
     * lists again. Publishing the batch to another channel copies the shop there.
     *
     * @param merchant the merchant to store them under; empty: the channel's id
     */
    PullReport pull(Subject by, String channel, String merchant) throws PublishException;
}
