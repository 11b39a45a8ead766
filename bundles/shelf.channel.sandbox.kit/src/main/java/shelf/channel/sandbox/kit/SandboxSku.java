package shelf.channel.sandbox.kit;

import java.util.Map;

/** One SKU of a simulated listing; price in fen. Mutable under the listing's lock. */
public final class SandboxSku {
    public final String skuId;
    public final String code;
    public final Map<String, String> specs;
    public long priceFen;
    public int stock;
    /** The SKU's own picture (Pinduoduo thumb_url, Taobao's property image of its colour), "" when none. */
    public String image = "";

    public SandboxSku(String skuId, String code, Map<String, String> specs, long priceFen, int stock) {
        this.skuId = skuId;
        this.code = code;
        this.specs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(specs)); // in the order sent
        this.priceFen = priceFen;
        this.stock = stock;
    }
}
