package shelf.channel.wechat.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelListing;
import shelf.channel.support.Json;
import shelf.channel.support.Money;
import shelf.channel.support.PlatformCategory;

/**
 * The canonical product as /channels/ec/product/add JSON: out_product_id, title, head_imgs (platform
 * URLs), desc_info, cats_v2 with the leaf category, attrs, and skus with out_sku_id, sale_price and
 * market_price in fen, stock_num and sku_attrs; listing=1 puts it on sale once reviewed.
 */
final class WechatProduct {
    /** status of a product that is on sale (上架). */
    static final String ON_SALE = "5";

    private WechatProduct() {}

    /** @param thumbs the platform URL of each SKU's own picture by SKU code: WxJava SkuInfo thumb_img, "sku小图" */
    static JsonObject body(Product product, PlatformCategory category, List<String> heads, List<String> details,
            Map<String, String> thumbs) {
        JsonObject body = new JsonObject();
        body.addProperty("out_product_id", product.spuCode());
        body.addProperty("title", product.title());
        body.addProperty("sub_title", product.subtitle());
        body.add("head_imgs", strings(heads));
        JsonObject desc = new JsonObject();
        desc.add("imgs", strings(details));
        desc.addProperty("desc", product.description());
        body.add("desc_info", desc);
        JsonArray cats = new JsonArray();
        JsonObject leaf = new JsonObject();
        leaf.addProperty("cat_id", category.id());
        cats.add(leaf);
        body.add("cats_v2", cats);
        JsonArray attrs = new JsonArray();
        if (!product.brand().isEmpty()) {
            attrs.add(attr("品牌", product.brand()));
        }
        product.attributes().forEach((key, value) -> attrs.add(attr(key, value)));
        body.add("attrs", attrs);
        JsonArray skus = new JsonArray();
        for (Sku sku : product.skus()) {
            JsonObject item = new JsonObject();
            item.addProperty("out_sku_id", sku.skuCode());
            if (thumbs.containsKey(sku.skuCode())) {
                item.addProperty("thumb_img", thumbs.get(sku.skuCode()));
            }
            item.addProperty("sale_price", Money.fen(sku.salePrice()));
            if (sku.marketPrice() != null) {
                item.addProperty("market_price", Money.fen(sku.marketPrice()));
            }
            item.addProperty("stock_num", sku.stock());
            item.addProperty("sku_code", sku.barcode().isEmpty() ? sku.skuCode() : sku.barcode());
            JsonArray skuAttrs = new JsonArray();
            sku.specs().forEach((key, value) -> skuAttrs.add(attr(key, value)));
            item.add("sku_attrs", skuAttrs);
            skus.add(item);
        }
        body.add("skus", skus);
        body.addProperty("listing", 1);
        return body;
    }

    private static JsonObject attr(String key, String value) {
        JsonObject attr = new JsonObject();
        attr.addProperty("attr_key", key);
        attr.addProperty("attr_value", value);
        return attr;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** A product of /channels/ec/product/get as a listing. */
    static ChannelListing listing(JsonObject product) {
        Map<String, String> skuIds = new LinkedHashMap<>();
        List<Sku> skus = new ArrayList<>();
        for (JsonElement element : Json.array(product, "skus")) {
            JsonObject sku = element.getAsJsonObject();
            String code = Json.text(sku, "out_sku_id");
            skuIds.put(code, Json.text(sku, "sku_id"));
            Map<String, String> specs = new LinkedHashMap<>();
            Json.array(sku, "sku_attrs").forEach(a -> specs.put(Json.text(a.getAsJsonObject(), "attr_key"),
                    Json.text(a.getAsJsonObject(), "attr_value")));
            skus.add(new Sku(code, "", specs, null, Money.fromFen(Long.parseLong(Json.text(sku, "sale_price"))), null, null,
                    Integer.valueOf(Json.text(sku, "stock_num")), null));
        }
        List<String> heads = new ArrayList<>();
        Json.array(product, "head_imgs").forEach(url -> heads.add(url.getAsString()));
        String outer = Json.text(product, "out_product_id");
        Product canonical = new Product("", outer, Json.text(product, "title"), Json.text(product, "sub_title"), "", "",
                Map.of(), "", List.of(), heads, List.of(), "", "", "", null, skus);
        return new ChannelListing(Json.text(product, "product_id"), outer, ON_SALE.equals(Json.text(product, "status")),
                canonical, skuIds);
    }
}
