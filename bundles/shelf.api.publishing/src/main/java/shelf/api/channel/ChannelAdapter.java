package shelf.api.channel;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import shelf.api.catalog.Product;

/**
 * One marketplace's open API, registered as a service with the property {@value #SERVICE_PROPERTY} naming
 * the channel ("weidian", "taobao", "pinduoduo", "douyin", "wechat").
 *
 * <p>Every call is one or a few HTTP requests to the platform; an adapter signs them, refreshes its
 * access token when the platform says it expired, uploads images first where the platform wants its own
 * image URLs, and maps the canonical product to the platform's payload. It never retries on its own
 * beyond a token refresh: retries, rate limits and idempotency are the publishing engine's job. Calls
 * come from several threads at once; an adapter must be thread-safe.
 *
 * <p>Idempotency rests on the outer id: every listing carries the product's SPU code as the platform's
 * outer id (商家编码), so after a failure whose outcome is unknown the engine asks {@link #findByOuterId}
 * before it creates again.
 */
@ConsumerType
public interface ChannelAdapter {
    /** Service property: the channel's id. */
    String SERVICE_PROPERTY = "shelf.channel";

    /** The channel's id ("weidian"), equal to the service property. */
    String id();

    /** The marketplace's name for people ("微店 Weidian"). */
    String name();

    /** The platform API version this adapter follows ("TOP 2.0", "vdian open api 1.0"). */
    String apiVersion();

    /** Where requests go: the platform or the local sandbox, as configured. Never contains a secret. */
    String endpoint();

    /**
     * What an operator may see of how the adapter signs in, for channel:status: "app key 12345678, secret
     * (set), signed with md5". Never a secret itself; empty (the default) when there is nothing to show.
     *
     * @since 1.4
     */
    default String credentials() {
        return "";
    }

    /** What the platform accepts: title length and how it is counted, image and SKU limits. */
    ChannelLimits limits();

    /**
     * Creates a listing of the product; its outer id is the product's SPU code.
     *
     * @return the platform's listing id
     * @throws ChannelException when the platform refuses or cannot be reached; after a timeout the
     *     listing may have been created all the same
     */
    String create(Product product) throws ChannelException;

    /** Sends the product's current title, images, prices, stock and SKUs to an existing listing. */
    void update(String listingId, Product product) throws ChannelException;

    /** The listing carrying this outer id (SPU code), if the shop has one. */
    Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException;

    /** Sets the price of one SKU of a listing, found by the SKU's outer id (SKU code). */
    void setPrice(String listingId, String skuOuterId, java.math.BigDecimal price) throws ChannelException;

    /** Sets the stock of one SKU of a listing, found by the SKU's outer id (SKU code). */
    void setStock(String listingId, String skuOuterId, int stock) throws ChannelException;

    /** Takes a listing off sale. */
    void delist(String listingId) throws ChannelException;

    /**
     * One page of the shop's listings, for pulling a shop into the catalogue.
     *
     * @param cursor empty for the first page, then {@link ListingPage#nextCursor()}
     */
    ListingPage listings(String cursor, int pageSize) throws ChannelException;

    /**
     * Hands the adapter the channel's rate limit. An operation may take several requests (image uploads
     * before a create, a token refresh), and the platform counts each of them: an adapter that passes
     * through {@code gate} before every request it sends returns true, and the engine leaves the pacing to
     * it. One that returns false (the default) is paced once per operation, and its extra requests go
     * unpaced.
     */
    default boolean paceWith(CallGate gate) {
        return false;
    }

    /**
     * Checks that the platform takes the adapter's settings, for channel:check: obtains an access token
     * where the platform uses one and makes one harmless read. The default looks up a listing by an outer id
     * no product has ({@value #CHECK_OUTER_ID}); an adapter may read something cheaper.
     *
     * @return what was read, in plain words
     * @throws ChannelException the platform's refusal, or why it could not be reached
     * @since 1.4
     */
    default String check() throws ChannelException {
        Optional<ChannelListing> found = findByOuterId(CHECK_OUTER_ID);
        return "looked up the outer id " + CHECK_OUTER_ID + ": " + found.map(l -> "listing " + l.listingId())
                .orElse("no such listing, as expected");
    }

    /** The outer id {@link #check} looks up: one no merchant's product carries. */
    String CHECK_OUTER_ID = "SHELF-CHECK-0";

    /**
     * Why the adapter cannot send anything now for a reason on this side, not the platform's (the local
     * sandbox it is configured for is not running, say), or empty when it can. The engine claims none of
     * the channel's jobs meanwhile: they wait, and neither attempts nor platform failures are counted.
     * Asked before every round of claims, so it must answer at once.
     */
    default Optional<String> unavailable() {
        return Optional.empty();
    }
}
