package shelf.api.publish;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;

/**
 * The publishing engine's outbox as the bundles that work beside it use it ({@link ListingSync}): what each
 * channel holds of the catalogue's products, and jobs queued as one run. It checks no caller: the bundle
 * using it checks its own caller first.
 *
 * @since 2.4
 */
@ProviderType
public interface Outbox {

    /**
     * A product live on a channel.
     *
     * @param skuCodes its SKUs' codes
     */
    record Listing(String channel, String merchant, String spuCode, String listingId, List<String> skuCodes) {
        public Listing {
            skuCodes = List.copyOf(skuCodes);
        }
    }

    /** A job to queue: a product for a channel (a publish), or one SKU's price or stock. */
    record Order(String channel, String merchant, String spuCode, JobKind kind, String skuCode, String value) {}

    /** Where products with this SKU code are live (their SKU codes not filled in). */
    List<Listing> liveWithSku(String merchant, String skuCode) throws PublishException;

    /**
     * Records products as live on their channels, as a shop pulled from there. What was sent is not known,
     * so the next publish there sends an update.
     */
    void recordLive(List<Listing> listings) throws PublishException;

    /**
     * Queues the jobs as one run and wakes their channels' workers.
     *
     * @return the jobs queued; none when none is ordered
     */
    List<Job> queue(String requestedBy, List<Order> orders) throws PublishException;

    /** The adapter a channel's jobs go to now. */
    Optional<ChannelAdapter> adapter(String channel);

    /** How long to wait before asking a platform again after a failure, as the engine's retries wait. */
    long retryDelayMillis(int attempt, ChannelException.Kind kind);
}
