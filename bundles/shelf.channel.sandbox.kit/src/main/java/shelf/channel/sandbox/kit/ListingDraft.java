package shelf.channel.sandbox.kit;

import java.util.List;
import java.util.Map;

/** What a create or update request asks a simulated platform to list, read from its own payload. */
public record ListingDraft(String outerId, String title, String category, List<String> images, List<SkuDraft> skus) {

    /** @param image the SKU's own picture as the request gave it ("" when none) */
    public record SkuDraft(String code, Map<String, String> specs, long priceFen, int stock, String image) {
        public SkuDraft(String code, Map<String, String> specs, long priceFen, int stock) {
            this(code, specs, priceFen, stock, "");
        }
    }
}
