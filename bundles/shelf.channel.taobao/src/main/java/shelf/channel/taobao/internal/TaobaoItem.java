package shelf.channel.taobao.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The canonical product as taobao.item.add / taobao.item.update parameters, and a TOP item back as a
 * listing. Prices in yuan; the item price is the lowest SKU price and the item quantity the sum of the SKU
 * quantities, as TOP requires; SKUs as parallel comma lists (sku_properties, sku_prices, sku_quantities,
 * sku_outer_ids), SKU properties as the category's pid:vid and repeated in props, a merchant's own value under
 * property_alias; required category
 * properties as custom values (input_pids / input_str).
 */
final class TaobaoItem {
    private TaobaoItem() {}

    /** @param mapped each SKU's pid:vid pairs, in SKU order, and the aliases of the product's own values ({@link TaobaoProps}) */
    static Map<String, String> params(Product product, PlatformCategory category, String picPath, TaobaoProps.Mapped mapped) {
        List<String> skuProperties = mapped.skuProperties();
        List<Sku> skus = product.skus();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("outer_id", product.spuCode());
        params.put("title", product.title());
        params.put("desc", product.description().isBlank() ? product.title() : product.description());
        params.put("cid", category.id());
        params.put("type", "fixed");
        params.put("stuff_status", "new");
        params.put("approve_status", "onsale");
        params.put("num", String.valueOf(skus.stream().mapToInt(Sku::stock).sum()));
        params.put("price", Money.yuan(skus.stream().map(Sku::salePrice).min(Comparator.naturalOrder()).orElseThrow()));
        params.put("pic_path", picPath);
        if (!category.requiredAttributes().isEmpty()) {
            List<String> pids = new ArrayList<>();
            List<String> values = new ArrayList<>();
            category.requiredAttributes().forEach((name, pid) -> {
                pids.add(pid);
                values.add(name.equals("品牌") ? product.brand() : product.attributes().getOrDefault(name, ""));
            });
            params.put("input_pids", String.join(",", pids));
            params.put("input_str", String.join(",", values));
        }
        params.put("props", TaobaoProps.props(skuProperties));
        params.put("sku_properties", String.join(",", skuProperties));
        if (!mapped.propertyAlias().isEmpty()) {
            params.put("property_alias", mapped.propertyAlias());
        }
        params.put("sku_prices", skus.stream().map(s -> Money.yuan(s.salePrice())).collect(Collectors.joining(",")));
        params.put("sku_quantities", skus.stream().map(s -> String.valueOf(s.stock())).collect(Collectors.joining(",")));
        params.put("sku_outer_ids", skus.stream().map(Sku::skuCode).collect(Collectors.joining(",")));
        return params;
    }

    /** A TOP item ({num_iid, outer_id, title, approve_status, pic_url, skus: {sku: […]}}) as a listing. */
    static ChannelListing listing(JsonObject item) {
        String listingId = Json.text(item, "num_iid");
        Map<String, String> skuIds = new LinkedHashMap<>();
        List<Sku> skus = new ArrayList<>();
        for (JsonElement element : Json.array(Json.child(item, "skus"), "sku")) {
            JsonObject sku = element.getAsJsonObject();
            String code = Json.text(sku, "outer_id");
            skuIds.put(code, Json.text(sku, "sku_id"));
            Map<String, String> specs = new LinkedHashMap<>();
            for (String pair : Json.text(sku, "properties_name").split(";")) {
                // pid:vid:属性名:值 (1627207:28341:颜色分类:黑色)
                String[] parts = pair.split(":", 4);
                if (parts.length == 4) {
                    specs.put(parts[2], parts[3]);
                }
            }
            skus.add(new Sku(code, "", specs, null, new BigDecimal(Json.text(sku, "price")), null, null,
                    Integer.valueOf(Json.text(sku, "quantity")), null));
        }
        String pic = Json.text(item, "pic_url");
        Product product = new Product("", Json.text(item, "outer_id"), Json.text(item, "title"), "", "", "", Map.of(),
                "", List.of(), pic.isEmpty() ? List.of() : List.of(pic), List.of(), "", "", "", null, skus);
        return new ChannelListing(listingId, product.spuCode(), "onsale".equals(Json.text(item, "approve_status")), product, skuIds);
    }

    /** The items of a TOP list answer ({"items": {"item": […]}}), which is {} when there are none. */
    static JsonArray items(JsonObject response) {
        return Json.array(Json.child(response, "items"), "item");
    }
}
