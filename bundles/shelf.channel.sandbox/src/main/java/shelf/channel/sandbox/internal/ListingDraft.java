package shelf.channel.sandbox.internal;

import java.util.List;
import java.util.Map;

/** What a create or update request asks a simulated platform to list, read from its own payload. */
record ListingDraft(String outerId, String title, String category, List<String> images, List<SkuDraft> skus) {

    /** @param image the SKU's own picture as the request gave it ("" when none) */
    record SkuDraft(String code, Map<String, String> specs, long priceFen, int stock, String image) {
        SkuDraft(String code, Map<String, String> specs, long priceFen, int stock) {
            this(code, specs, priceFen, stock, "");
        }
    }
}
