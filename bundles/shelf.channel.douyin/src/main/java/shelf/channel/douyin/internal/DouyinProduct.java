package shelf.channel.douyin.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * The canonical product as product.addV2 param_json: pic and description as "|"-joined platform URLs,
 * specs as "颜色|黑色,白色^尺码|M,L", spec_prices as JSON text with one entry per SKU (price in fen,
 * stock_num, outer_sku_id = our SKU code), category_leaf_id, product_format_new for the attributes.
 */
final class DouyinProduct {
    private DouyinProduct() {}

    static JsonObject param(Product product, PlatformCategory category, List<String> pics, List<String> details) {
        JsonObject param = new JsonObject();
        param.addProperty("outer_product_id", product.spuCode());
        param.addProperty("name", product.title());
        param.addProperty("category_leaf_id", Long.parseLong(category.id()));
        param.addProperty("product_type", 0);
        param.addProperty("pay_type", 1);
        param.addProperty("reduce_type", 1);
        param.addProperty("commit", true);
        param.addProperty("delivery_delay_day", product.dispatchHours() == null ? 2 : Math.max(1, product.dispatchHours() / 24));
        param.addProperty("pic", String.join("|", pics));
        param.addProperty("description", String.join("|", details));
        param.addProperty("specs", specs(product.skus()));
        param.addProperty("spec_prices", Json.GSON.toJson(specPrices(product.skus())));
        JsonObject format = new JsonObject();
        if (!product.brand().isEmpty()) {
            format.addProperty("品牌", product.brand());
        }
        product.attributes().forEach(format::addProperty);
        param.addProperty("product_format_new", Json.canonical(format));
        return param;
    }

    /** "颜色|黑色,白色^尺码|M,L": each spec dimension with its values in first-seen order. */
    static String specs(List<Sku> skus) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        skus.forEach(sku -> sku.specs().forEach((name, value) -> values.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value)));
        return values.entrySet().stream().map(e -> e.getKey() + "|" + String.join(",", e.getValue()))
                .collect(Collectors.joining("^"));
    }

    static JsonArray specPrices(List<Sku> skus) {
        JsonArray prices = new JsonArray();
        for (Sku sku : skus) {
            JsonObject price = new JsonObject();
            int level = 1;
            for (String value : sku.specs().values()) {
                price.addProperty("spec_detail_name" + level++, value);
            }
            price.addProperty("price", Money.fen(sku.salePrice()));
            price.addProperty("stock_num", sku.stock());
            price.addProperty("outer_sku_id", sku.skuCode());
            price.addProperty("code", sku.barcode().isEmpty() ? sku.skuCode() : sku.barcode());
            prices.add(price);
        }
        return prices;
    }

    /** A product of product.detail / product.listV2 as a listing; status 0 is on sale. */
    static ChannelListing listing(JsonObject data) {
        Map<String, String> skuIds = new LinkedHashMap<>();
        List<Sku> skus = new ArrayList<>();
        for (JsonElement element : Json.array(data, "spec_prices")) {
            JsonObject sku = element.getAsJsonObject();
            String code = Json.text(sku, "outer_sku_id");
            skuIds.put(code, Json.text(sku, "sku_id"));
            skus.add(new Sku(code, "", Map.of(), null, Money.fromFen(Long.parseLong(Json.text(sku, "price"))), null, null,
                    Integer.valueOf(Json.text(sku, "stock_num")), null));
        }
        String outer = Json.text(data, "outer_product_id");
        Product product = new Product("", outer, Json.text(data, "name"), "", "", "", Map.of(), "", List.of(), List.of(),
                List.of(), "", "", "", null, skus);
        return new ChannelListing(Json.text(data, "product_id"), outer, "0".equals(Json.text(data, "status")), product, skuIds);
    }
}
