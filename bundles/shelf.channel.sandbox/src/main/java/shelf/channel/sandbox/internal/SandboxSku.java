package shelf.channel.sandbox.internal;

import java.util.Map;

/** One SKU of a simulated listing; price in fen. Mutable under the listing's lock. */
final class SandboxSku {
    final String skuId;
    final String code;
    final Map<String, String> specs;
    long priceFen;
    int stock;
    /** The SKU's own picture (Pinduoduo thumb_url, Taobao's property image of its colour), "" when none. */
    String image = "";

    SandboxSku(String skuId, String code, Map<String, String> specs, long priceFen, int stock) {
        this.skuId = skuId;
        this.code = code;
        this.specs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(specs)); // in the order sent
        this.priceFen = priceFen;
        this.stock = stock;
    }
}
