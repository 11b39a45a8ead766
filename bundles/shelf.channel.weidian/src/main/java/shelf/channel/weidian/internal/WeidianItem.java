package shelf.channel.weidian.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The canonical product as vdian.item.add (1.1) param: itemName, price and stock of the item (the lowest
 * SKU price in yuan, the summed stock), bigImgs with their titles, merchant_code = our SPU code, and sku
 * (the SKU list, named so in 1.1) with title (the spec values, "黑色 M"), price in yuan, stock, sku_merchant_code = our
 * SKU code and img, the SKU's own picture where it has one.
 */
final class WeidianItem {
    private WeidianItem() {}

    /** @param skuImages the platform URL of each SKU's own picture by SKU code (none for an SKU without one) */
    static JsonObject param(Product product, PlatformCategory category, List<String> images, Map<String, String> skuImages) {
        JsonObject param = new JsonObject();
        param.addProperty("itemName", product.title());
        param.addProperty("price", Money.yuan(product.skus().stream().map(Sku::salePrice).min(Comparator.naturalOrder())
                .orElseThrow()));
        param.addProperty("stock", product.skus().stream().mapToInt(Sku::stock).sum());
        param.addProperty("merchant_code", product.spuCode());
        param.addProperty("cate_id", category.id());
        JsonArray bigImgs = new JsonArray();
        JsonArray titles = new JsonArray();
        images.forEach(url -> {
            bigImgs.add(url);
            titles.add(product.title());
        });
        param.add("bigImgs", bigImgs);
        param.add("titles", titles);
        param.addProperty("free_delivery", 0);
        param.addProperty("remote_free_delivery", 0);
        JsonArray skus = new JsonArray();
        product.skus().forEach(sku -> skus.add(sku(sku, skuImages.getOrDefault(sku.skuCode(), ""))));
        // "sku" in the 1.1 document (wiki.open.weidian.com 创建微店商品, as wzbg/vdian's item add() lists it);
        // "skus" belongs to vdian.item.add 1.0 (item_name, imgs, skus) and to the answers of vdian.item.get
        param.add("sku", skus);
        return param;
    }

    /**
     * One entry of "sku". img is the SKU's picture: the 1.1 request's sku entries carry title, stock, price,
     * sku_merchant_code, img and attr_ids (a vdian.item.add 1.1 request to api.vdian.com in
     * redpolarbear/scrape-backend sku_product_generator.js); the official Java SDK's Sku entity
     * (com.weidian.open.sdk.entity.Sku) has no picture field, so this one is not confirmed by an official SDK.
     */
    static JsonObject sku(Sku sku, String image) {
        JsonObject item = new JsonObject();
        item.addProperty("title", String.join(" ", sku.specs().values()));
        item.addProperty("price", Money.yuan(sku.salePrice()));
        item.addProperty("stock", sku.stock());
        item.addProperty("sku_merchant_code", sku.skuCode());
        if (!image.isEmpty()) {
            item.addProperty("img", image);
        }
        return item;
    }

    /** An item of vdian.item.get / vdian.item.list.get as a listing; status 1 is on sale; a SKU's img is its picture. */
    static ChannelListing listing(JsonObject item) {
        Map<String, String> skuIds = new LinkedHashMap<>();
        List<Sku> skus = new ArrayList<>();
        for (JsonElement element : Json.array(item, "skus")) {
            JsonObject sku = element.getAsJsonObject();
            String code = Json.text(sku, "sku_merchant_code");
            skuIds.put(code, Json.text(sku, "id"));
            skus.add(new Sku(code, "", Map.of(), null, new BigDecimal(Json.text(sku, "price")), null, null,
                    Integer.valueOf(Json.text(sku, "stock")), null).withImage(Json.text(sku, "img")));
        }
        List<String> images = new ArrayList<>();
        Json.array(item, "imgs").forEach(url -> images.add(url.getAsString()));
        String outer = Json.text(item, "merchant_code");
        Product product = new Product("", outer, Json.text(item, "item_name"), "", "", "", Map.of(), "", List.of(), images,
                List.of(), "", "", "", null, skus);
        return new ChannelListing(Json.text(item, "itemid"), outer, "1".equals(Json.text(item, "status")), product, skuIds);
    }
}
