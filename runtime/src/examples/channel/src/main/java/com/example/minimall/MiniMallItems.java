package com.example.minimall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.api.channel.ChannelListing;

/**
 * The canonical product as Mini Mall's item and back: outer_id = our SPU code, each SKU's outer_sku_id = our
 * SKU code, prices in fen (integers, never floating point), images as URLs.
 */
final class MiniMallItems {
    private MiniMallItems() {}

    static JsonObject item(Product product) throws ChannelException {
        if (product.skus().isEmpty()) {
            throw new ChannelException(Kind.REFUSED, "sku.none", "商品" + product.spuCode() + "没有SKU");
        }
        JsonObject item = new JsonObject();
        item.addProperty("outer_id", product.spuCode());
        item.addProperty("title", product.title());
        JsonArray images = new JsonArray();
        for (String image : product.mainImages()) {
            if (!image.startsWith("https://") && !image.startsWith("http://")) {
                throw new ChannelException(Kind.REFUSED, "image.not-url", "Mini Mall只接受图片网址，" + image + "不是网址");
            }
            images.add(image);
        }
        item.add("images", images);
        JsonArray skus = new JsonArray();
        for (Sku sku : product.skus()) {
            if (sku.salePrice() == null || sku.stock() == null) {
                throw new ChannelException(Kind.REFUSED, "sku.incomplete", "SKU " + sku.skuCode() + "缺少销售价或库存");
            }
            JsonObject entry = new JsonObject();
            entry.addProperty("outer_sku_id", sku.skuCode());
            entry.addProperty("spec", String.join(" ", sku.specs().values()));
            entry.addProperty("price_fen", fen(sku.salePrice()));
            entry.addProperty("stock", sku.stock());
            skus.add(entry);
        }
        item.add("skus", skus);
        return item;
    }

    static long fen(BigDecimal price) throws ChannelException {
        try {
            return price.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new ChannelException(Kind.REFUSED, "price.precision", "价格" + price.toPlainString() + "不能精确到分");
        }
    }

    /** An item of Mini Mall's answers as a listing, with the platform's SKU id of each of our SKU codes. */
    static ChannelListing listing(JsonObject item) {
        Map<String, String> skuIds = new LinkedHashMap<>();
        List<Sku> skus = new ArrayList<>();
        for (JsonElement element : item.getAsJsonArray("skus")) {
            JsonObject sku = element.getAsJsonObject();
            String code = sku.get("outer_sku_id").getAsString();
            skuIds.put(code, sku.get("sku_id").getAsString());
            skus.add(new Sku(code, "", Map.of(), null, BigDecimal.valueOf(sku.get("price_fen").getAsLong(), 2), null, null,
                    sku.get("stock").getAsInt(), null));
        }
        List<String> images = new ArrayList<>();
        item.getAsJsonArray("images").forEach(url -> images.add(url.getAsString()));
        String outerId = item.get("outer_id").getAsString();
        Product product = new Product("", outerId, item.get("title").getAsString(), "", "", "", Map.of(), "", List.of(),
                images, List.of(), "", "", "", null, skus);
        return new ChannelListing(item.get("item_id").getAsString(), outerId, item.get("on_sale").getAsBoolean(), product,
                skuIds);
    }
}
