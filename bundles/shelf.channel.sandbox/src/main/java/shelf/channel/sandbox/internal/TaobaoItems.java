package shelf.channel.sandbox.internal;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The TOP item methods of the Taobao simulator, for a request already authenticated. */
final class TaobaoItems {
    private final TaobaoApi api;
    private final Marketplace market;

    TaobaoItems(TaobaoApi api, Marketplace market) {
        this.api = api;
        this.market = market;
    }

    SandboxReply handle(String method, Map<String, String> params) {
        return switch (method) {
            case "taobao.picture.upload" -> {
                JsonObject picture = new JsonObject();
                picture.addProperty("picture_path", market.imageUrl(params.getOrDefault("image_input_title", "image.jpg")));
                yield TaobaoApi.ok(method, SandboxJson.wrap("picture", picture));
            }
            case "taobao.itemprops.get" -> itemProps(method, params);
            case "taobao.itempropvalues.get" -> propValues(method, params);
            case "taobao.item.add" -> add(method, params);
            case "taobao.item.joint.propimg" -> propImage(method, params);
            case "taobao.item.update" -> update(method, params);
            case "taobao.items.custom.get" -> items(method, market.store.byOuterId(params.getOrDefault("outer_id", "")), -1);
            case "taobao.items.onsale.get" -> {
                int page = Math.max(1, TaobaoApi.parseInt(params.getOrDefault("page_no", "1")));
                int size = Math.max(1, TaobaoApi.parseInt(params.getOrDefault("page_size", "40")));
                List<SandboxListing> onSale = market.store.all().stream().filter(l -> l.onSale).toList();
                yield items(method, market.store.page(page, size, true), onSale.size());
            }
            case "taobao.item.sku.price.update" -> withSku(method, params, params.get("outer_id"), sku -> {
                long fen = SandboxJson.fen(params.getOrDefault("price", ""));
                if (fen < api.rules().minFen() || fen > api.rules().maxFen()) {
                    return "价格" + params.get("price") + "超出允许范围";
                }
                sku.priceFen = fen;
                return null;
            });
            case "taobao.skus.quantity.update" -> quantities(method, params);
            case "taobao.item.update.delisting" -> {
                SandboxListing listing = market.store.get(params.get("num_iid"));
                if (listing == null) {
                    yield notFound();
                }
                synchronized (listing) {
                    listing.onSale = false;
                    market.store.saved(listing);
                }
                yield TaobaoApi.ok(method, SandboxJson.wrap("item", idOf(listing)));
            }
            default -> TaobaoApi.error(22, "Invalid method", "", "");
        };
    }

    /** taobao.itemprops.get: with is_sale_prop=true, the category's sale properties. */
    private SandboxReply itemProps(String method, Map<String, String> params) {
        if (!params.getOrDefault("cid", "").matches("\\d+")) {
            return TaobaoApi.error(40, "Missing required arguments:cid", "", "");
        }
        JsonArray props = new JsonArray();
        CategoryProps.taobaoSaleProps().forEach((pid, name) -> {
            JsonObject prop = new JsonObject();
            prop.addProperty("pid", Long.parseLong(pid));
            prop.addProperty("name", name);
            prop.addProperty("is_sale_prop", true);
            prop.addProperty("is_color_prop", pid.equals(CategoryProps.COLOUR_PID));
            prop.addProperty("is_enum_prop", true);
            prop.addProperty("is_allow_alias", pid.equals(CategoryProps.COLOUR_PID));
            props.add(prop);
        });
        return TaobaoApi.ok(method, SandboxJson.wrap("item_props", SandboxJson.wrap("item_prop", props)));
    }

    /** taobao.itempropvalues.get: the values of the properties pvs names ("pid;pid"). */
    private SandboxReply propValues(String method, Map<String, String> params) {
        String cid = params.getOrDefault("cid", "");
        if (!cid.matches("\\d+")) {
            return TaobaoApi.error(40, "Missing required arguments:cid", "", "");
        }
        JsonArray values = new JsonArray();
        for (String pid : params.getOrDefault("pvs", "").split(";")) {
            String prop = CategoryProps.taobaoSaleProps().get(pid);
            CategoryProps.taobaoValues(pid).forEach((vid, name) -> {
                JsonObject value = new JsonObject();
                value.addProperty("cid", Long.parseLong(cid));
                value.addProperty("pid", Long.parseLong(pid));
                value.addProperty("prop_name", prop);
                value.addProperty("vid", Long.parseLong(vid));
                value.addProperty("name", name);
                values.add(value);
            });
        }
        return TaobaoApi.ok(method, SandboxJson.wrap("prop_values", SandboxJson.wrap("prop_value", values)));
    }

    private String refusal(Map<String, String> params, ListingDraft draft) {
        String properties = TaobaoApi.skuPropertiesRefusal(params);
        return properties != null ? properties : api.rules().refusal(draft);
    }

    private SandboxReply add(String method, Map<String, String> params) {
        ListingDraft draft = TaobaoApi.draft(params);
        String refusal = refusal(params, draft);
        if (refusal != null) {
            return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", refusal);
        }
        SandboxListing listing = market.store.create(draft);
        synchronized (listing) {
            listing.aliases = TaobaoApi.aliases(params);
        }
        market.store.saved(listing);
        return TaobaoApi.ok(method, SandboxJson.wrap("item", idOf(listing)));
    }

    private SandboxReply update(String method, Map<String, String> params) {
        SandboxListing listing = market.store.get(params.get("num_iid"));
        if (listing == null) {
            return notFound();
        }
        ListingDraft draft = TaobaoApi.draft(params);
        String refusal = refusal(params, draft);
        if (refusal != null) {
            return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", refusal);
        }
        synchronized (listing) {
            listing.replace(draft, market.store);
            listing.aliases = TaobaoApi.aliases(params);
        }
        market.store.saved(listing);
        return TaobaoApi.ok(method, SandboxJson.wrap("item", idOf(listing)));
    }

    /**
     * taobao.item.joint.propimg (num_iid, properties "pid:vid" of the colour property, pic_path of the seller's
     * picture space): the picture of that colour — every SKU of that colour shows it. As TOP documents it: "属性必须
     * 是颜色属性", "图片要来自于卖家自己的图片空间", at most 24 (one per colour).
     */
    private SandboxReply propImage(String method, Map<String, String> params) {
        SandboxListing listing = market.store.get(params.get("num_iid"));
        if (listing == null) {
            return notFound();
        }
        String pair = params.getOrDefault("properties", "");
        String pic = params.getOrDefault("pic_path", "");
        if (!pair.matches("\\d+:\\d+") || pic.isEmpty()) {
            return TaobaoApi.error(40, "Missing required arguments:" + (pic.isEmpty() ? "pic_path" : "properties"), "", "");
        }
        String pid = pair.substring(0, pair.indexOf(':'));
        if (!pid.equals(CategoryProps.COLOUR_PID)) {
            return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", "属性图片的属性" + pair + "不是颜色属性");
        }
        if (!pic.matches("https?://\\S+")) {
            return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", "pic_path「" + pic
                    + "」不是图片空间的图片：请先用taobao.picture.upload上传");
        }
        synchronized (listing) {
            String value = listing.aliases.getOrDefault(pair, CategoryProps.taobaoValues(pid).get(pair.substring(pid.length() + 1)));
            String name = CategoryProps.taobaoSaleProps().get(pid);
            List<SandboxSku> ofColour = listing.skus.stream().filter(s -> value != null && value.equals(s.specs.get(name))).toList();
            if (ofColour.isEmpty()) {
                return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", "商品的SKU没有属性值" + pair);
            }
            long pictures = listing.skus.stream().filter(s -> !s.image.isEmpty()).map(s -> s.specs.get(name)).distinct().count();
            if (ofColour.get(0).image.isEmpty() && pictures >= 24) {
                return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", "属性图片最多24张");
            }
            ofColour.forEach(s -> s.image = pic);
        }
        market.store.saved(listing);
        JsonObject image = new JsonObject();
        image.addProperty("id", Long.parseLong(listing.id) * 100 + Long.parseLong(pair.substring(pid.length() + 1)) % 100);
        image.addProperty("url", pic);
        image.addProperty("properties", pair);
        image.addProperty("position", 0);
        return TaobaoApi.ok(method, SandboxJson.wrap("prop_img", image));
    }

    private SandboxReply quantities(String method, Map<String, String> params) {
        SandboxListing listing = market.store.get(params.get("num_iid"));
        if (listing == null) {
            return notFound();
        }
        Map<String, String> quantities = SandboxJson.specs(params.getOrDefault("outerid_quantities", ""), ";", ":");
        synchronized (listing) {
            for (Map.Entry<String, String> entry : quantities.entrySet()) {
                SandboxSku sku = listing.sku(entry.getKey());
                int quantity = TaobaoApi.parseInt(entry.getValue());
                if (sku == null || quantity < 0) {
                    return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", "SKU " + entry.getKey() + "不存在或数量无效");
                }
                sku.stock = quantity;
                market.store.saved(listing);
            }
        }
        return TaobaoApi.ok(method, SandboxJson.wrap("item", idOf(listing)));
    }

    interface SkuChange {
        String apply(SandboxSku sku);
    }

    private SandboxReply withSku(String method, Map<String, String> params, String code, SkuChange change) {
        SandboxListing listing = market.store.get(params.get("num_iid"));
        SandboxSku sku = listing == null ? null : listing.sku(code == null ? "" : code);
        if (sku == null) {
            return TaobaoApi.error(15, "Remote service error", "isv.item-sku-not-exist", "SKU不存在");
        }
        String refusal;
        synchronized (listing) {
            refusal = change.apply(sku);
        }
        if (refusal != null) {
            return TaobaoApi.error(15, "Remote service error", "isv.invalid-parameter", refusal);
        }
        market.store.saved(listing);
        JsonObject answer = new JsonObject();
        answer.addProperty("sku_id", Long.parseLong(sku.skuId));
        return TaobaoApi.ok(method, SandboxJson.wrap("sku", answer));
    }

    private SandboxReply items(String method, List<SandboxListing> listings, int total) {
        JsonArray items = new JsonArray();
        listings.forEach(listing -> items.add(TaobaoApi.item(listing)));
        JsonObject response = new JsonObject();
        if (total >= 0) {
            response.addProperty("total_results", total);
        }
        response.add("items", items.isEmpty() ? new JsonObject() : SandboxJson.wrap("item", items));
        return TaobaoApi.ok(method, response);
    }

    private static JsonObject idOf(SandboxListing listing) {
        JsonObject item = new JsonObject();
        item.addProperty("num_iid", Long.parseLong(listing.id));
        item.addProperty("created", java.time.LocalDateTime.now().withNano(0).toString().replace('T', ' '));
        return item;
    }

    private static SandboxReply notFound() {
        return TaobaoApi.error(15, "Remote service error", "isv.item-not-exist", "商品不存在");
    }
}
