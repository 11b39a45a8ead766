package shelf.channel.pinduoduo.internal;

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
import shelf.api.channel.ChannelListing;
import shelf.channel.support.Json;
import shelf.channel.support.Money;
import shelf.channel.support.PlatformCategory;

/**
 * The canonical product as pdd.goods.add parameters: prices in fen (单买价 price = sale price, 拼单价
 * multi_price = the promotion price where one is set and lower, else the sale price), out_goods_id and
 * out_sku_sn our codes, galleries as JSON arrays of platform image URLs, weights in grams, each SKU's specs as
 * the spec ids the platform gave (spec_id_list).
 */
final class PddGoods {
    private PddGoods() {}

    /**
     * @param specIds each SKU's spec_id_list by SKU code ("[20,5]", from {@link PddSpecs}); the SDK's sku_list
     *     has no text spec field (open-pdd-net-sdk AddGoodsRequestModel SkuListRequestModel)
     * @param thumbs the platform URL of each SKU's own picture by SKU code (none for an SKU without one): the SDK's
     *     sku_list thumb_url, "sku预览图"
     */
    static Map<String, String> params(Product product, PlatformCategory category, List<String> carousel, List<String> detail,
            Map<String, String> specIds, Map<String, String> thumbs) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("goods_name", product.title());
        params.put("goods_desc", plainText(product.description()));
        params.put("cat_id", category.id());
        params.put("goods_type", "1");
        params.put("country_id", "0");
        params.put("out_goods_id", product.spuCode());
        params.put("market_price", String.valueOf(marketPrice(product)));
        params.put("is_folt", "true");
        params.put("is_pre_sale", "false");
        params.put("is_refundable", "true");
        params.put("second_hand", "false");
        params.put("shipment_limit_second", String.valueOf((product.dispatchHours() == null ? 48 : product.dispatchHours()) * 3600L));
        params.put("carousel_gallery", Json.GSON.toJson(carousel));
        params.put("detail_gallery", Json.GSON.toJson(detail));
        JsonArray skus = new JsonArray();
        for (Sku sku : product.skus()) {
            JsonObject item = new JsonObject();
            item.addProperty("out_sku_sn", sku.skuCode());
            item.addProperty("price", Money.fen(sku.salePrice()));
            BigDecimal group = sku.promoPrice() != null && sku.promoPrice().compareTo(sku.salePrice()) < 0 ? sku.promoPrice()
                    : sku.salePrice();
            item.addProperty("multi_price", Money.fen(group));
            item.addProperty("quantity", sku.stock());
            item.addProperty("is_onsale", 1);
            item.addProperty("limit_quantity", 999);
            if (sku.weightKg() != null) {
                item.addProperty("weight", sku.weightKg().movePointRight(3).longValue());
            }
            item.addProperty("spec_id_list", specIds.get(sku.skuCode()));
            if (thumbs.containsKey(sku.skuCode())) {
                item.addProperty("thumb_url", thumbs.get(sku.skuCode()));
            }
            skus.add(item);
        }
        params.put("sku_list", Json.GSON.toJson(skus));
        return params;
    }

    /** The highest market price of the SKUs, else the highest sale price, in fen. */
    static long marketPrice(Product product) {
        return product.skus().stream().map(s -> s.marketPrice() != null ? s.marketPrice() : s.salePrice())
                .mapToLong(Money::fen).max().orElse(0);
    }

    static String plainText(String html) {
        return html.replaceAll("<[^>]*>", "").strip();
    }

    /** A goods of pdd.goods.list.get / pdd.goods.detail.get as a listing. */
    static ChannelListing listing(JsonObject goods) {
        Map<String, String> skuIds = new LinkedHashMap<>();
        List<Sku> skus = new ArrayList<>();
        for (JsonElement element : Json.array(goods, "sku_list")) {
            JsonObject sku = element.getAsJsonObject();
            String code = Json.text(sku, "out_sku_sn").isEmpty() ? Json.text(sku, "outer_id") : Json.text(sku, "out_sku_sn");
            skuIds.put(code, Json.text(sku, "sku_id"));
            String price = Json.text(sku, "price");
            String quantity = Json.text(sku, "quantity").isEmpty() ? Json.text(sku, "sku_quantity") : Json.text(sku, "quantity");
            skus.add(new Sku(code, "", Map.of(), null, price.isEmpty() ? null : Money.fromFen(Long.parseLong(price)), null,
                    null, quantity.isEmpty() ? null : Integer.valueOf(quantity), null));
        }
        String outer = Json.text(goods, "outer_goods_id");
        Product product = new Product("", outer, Json.text(goods, "goods_name"), "", "", "", Map.of(), "", List.of(),
                List.of(), List.of(), "", "", "", null, skus);
        return new ChannelListing(Json.text(goods, "goods_id"), outer, "1".equals(Json.text(goods, "is_onsale")), product, skuIds);
    }
}
