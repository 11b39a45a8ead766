package shelf.api.channel;

import java.util.Map;

import shelf.api.catalog.Product;

/**
 * A listing as the platform holds it.
 *
 * @param listingId the platform's id for it
 * @param outerId our outer id on it (the SPU code)
 * @param onSale whether it is on sale
 * @param product the listing mapped back to the canonical model, as far as the platform tells
 * @param skuIds the platform's SKU ids by our SKU outer id (SKU code)
 */
public record ChannelListing(String listingId, String outerId, boolean onSale, Product product,
        Map<String, String> skuIds) {

    public ChannelListing {
        skuIds = skuIds == null ? Map.of() : Map.copyOf(skuIds);
    }
}
