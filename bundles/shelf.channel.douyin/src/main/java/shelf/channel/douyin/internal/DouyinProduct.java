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
 * stock_num, outer_sku_id = our SKU code), category_leaf_id, product_format_new for the attributes, and spec_pic:
 * the SKU pictures, one per value of the main (first) spec, as the official Go SDK documents the field
 * (ProductAddV2Param.SpecPic in zsmhub/doudian-sdk api/product_addV2/request: "如颜色-尺寸, 颜色就是主规格, 颜色如黑,白,黄,
 * 它们图片url以逗号分隔"; pic, description and spec_pic together at most 50 images).
 */
final class DouyinProduct {
    private DouyinProduct() {}

    /** pic, description and spec_pic together: "这三个字段里的传入的图片数量总和，不得超过50张" (the Go SDK). */
    static final int IMAGES_MAX = 50;

    /**
     * @param specPics the platform URLs for spec_pic, one per value of the main spec in the order of specs; empty
     *     when no SKU has a picture of its own
     */
    static JsonObject param(Product product, PlatformCategory category, List<String> pics, List<String> details,
            List<String> specPics) {
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
        if (!specPics.isEmpty()) {
            param.addProperty("spec_pic", String.join(",", specPics));
        }
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

    /**
     * Each value of the main (first) spec, in the order of specs, with the picture of its first SKU that has one
     * ("" for a value whose SKUs have none); empty when no SKU has a picture: the platform shows a colour's
     * picture, so SKUs of one colour share it.
     */
    static Map<String, String> mainSpecPictures(List<Sku> skus) {
        Map<String, String> pictures = new LinkedHashMap<>();
        boolean any = false;
        for (Sku sku : skus) {
            if (sku.specs().isEmpty()) {
                continue;
            }
            String value = sku.specs().values().iterator().next();
            String have = pictures.getOrDefault(value, "");
            pictures.put(value, have.isEmpty() ? sku.image() : have);
            any |= !sku.image().isEmpty();
        }
        return any ? pictures : Map.of();
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

    /**
     * A product of product.detail / product.listV2 as a listing; status 0 is on sale. A SKU's specs are the values its
     * spec_detail_ids name in specs, its picture the spec_pics entry of its main-spec value (ProductDetailData in the
     * official Go SDK, zsmhub/doudian-sdk api/product_detail/response: SpecsItem.Values, SpecPricesItem.SpecDetailIds,
     * SpecPicsItem {spec_detail_id, pic}).
     */
    static ChannelListing listing(JsonObject data) {
        Map<String, String[]> specValues = new LinkedHashMap<>();   // spec_detail_id → {spec name, value}
        for (JsonElement spec : Json.array(data, "specs")) {
            String name = Json.text(spec.getAsJsonObject(), "name");
            for (JsonElement value : Json.array(spec.getAsJsonObject(), "values")) {
                JsonObject v = value.getAsJsonObject();
                specValues.put(Json.text(v, "id"), new String[] {name, Json.text(v, "name")});
            }
        }
        Map<String, String> specPics = new LinkedHashMap<>();
        for (JsonElement pic : Json.array(data, "spec_pics")) {
            specPics.put(Json.text(pic.getAsJsonObject(), "spec_detail_id"), Json.text(pic.getAsJsonObject(), "pic"));
        }
        Map<String, String> skuIds = new LinkedHashMap<>();
        List<Sku> skus = new ArrayList<>();
        for (JsonElement element : Json.array(data, "spec_prices")) {
            JsonObject sku = element.getAsJsonObject();
            String code = Json.text(sku, "outer_sku_id");
            skuIds.put(code, Json.text(sku, "sku_id"));
            Map<String, String> specs = new LinkedHashMap<>();
            JsonArray ids = Json.array(sku, "spec_detail_ids");
            for (JsonElement id : ids) {
                String[] value = specValues.get(id.getAsString());
                if (value != null) {
                    specs.put(value[0], value[1]);
                }
            }
            // the first id is the main spec's value: its picture is the SKU's
            String image = ids.isEmpty() ? "" : specPics.getOrDefault(ids.get(0).getAsString(), "");
            skus.add(new Sku(code, "", specs, null, Money.fromFen(Long.parseLong(Json.text(sku, "price"))), null, null,
                    Integer.valueOf(Json.text(sku, "stock_num")), null).withImage(image));
        }
        String outer = Json.text(data, "outer_product_id");
        Product product = new Product("", outer, Json.text(data, "name"), "", "", "", Map.of(), "", List.of(), List.of(),
                List.of(), "", "", "", null, skus);
        return new ChannelListing(Json.text(data, "product_id"), outer, "0".equals(Json.text(data, "status")), product, skuIds);
    }
}
