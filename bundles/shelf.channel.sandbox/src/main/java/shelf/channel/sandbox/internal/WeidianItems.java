package shelf.channel.sandbox.internal;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.channel.support.Json;
import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.SandboxJson;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxSku;

/** The item methods of the Weidian simulator, for a request already authenticated. */
final class WeidianItems {
    private final WeidianApi api;
    private final Marketplace market;

    WeidianItems(WeidianApi api, Marketplace market) {
        this.api = api;
        this.market = market;
    }

    SandboxReply handle(String method, JsonObject param) {
        SandboxListing listing = market.store.get(Json.text(param, "itemid"));
        if ((method.equals("vdian.item.add") || method.equals("vdian.item.update")) && param.has("skus")) {
            // the documents name the SKU list "sku" for these calls; "skus" is ignored there, so the item would
            // go on sale without its SKUs — refused here so that the mistake shows
            return WeidianApi.error(10002, "参数skus无效：" + method + "的型号列表参数名是sku");
        }
        return switch (method) {
            case "vdian.item.add" -> {
                ListingDraft draft = WeidianApi.draft(param);
                String refusal = WeidianApi.skuImageRefusal(param) != null ? WeidianApi.skuImageRefusal(param) : api.rules().refusal(draft);
                if (refusal != null) {
                    yield WeidianApi.error(10020, refusal);
                }
                JsonObject result = new JsonObject();
                result.addProperty("itemid", market.store.create(draft).id);
                yield WeidianApi.ok(result);
            }
            case "vdian.item.update" -> {
                ListingDraft draft = WeidianApi.draft(param);
                String refusal = listing == null ? "商品不存在"
                        : WeidianApi.skuImageRefusal(param) != null ? WeidianApi.skuImageRefusal(param) : api.rules().refusal(draft);
                if (refusal != null) {
                    yield WeidianApi.error(10020, refusal);
                }
                listing.replace(draft, market.store);
                market.store.saved(listing);
                yield WeidianApi.ok(new JsonObject());
            }
            case "vdian.item.get" -> listing == null ? WeidianApi.error(10020, "商品不存在") : WeidianApi.ok(WeidianApi.item(listing));
            case "vdian.item.list.get" -> list(param);
            case "vdian.item.sku.update" -> skus(listing, param);
            case "weidian.item.onSale" -> {
                if (listing == null) {
                    yield WeidianApi.error(10020, "商品不存在");
                }
                synchronized (listing) {
                    listing.onSale = !"2".equals(Json.text(param, "opt"));
                    market.store.saved(listing);
                }
                yield WeidianApi.ok(new JsonObject());
            }
            default -> WeidianApi.error(10004, "方法" + method + "不存在");
        };
    }

    private SandboxReply list(JsonObject param) {
        String code = Json.text(param, "merchant_code");
        int page = Math.max(1, TaobaoApi.parseInt(Json.text(param, "page_num")));
        int size = Math.max(1, TaobaoApi.parseInt(Json.text(param, "page_size")));
        List<SandboxListing> listings = code.isEmpty() ? market.store.page(page, size, false) : market.store.byOuterId(code);
        JsonArray items = new JsonArray();
        listings.forEach(listing -> items.add(WeidianApi.item(listing)));
        JsonObject result = new JsonObject();
        result.add("items", items);
        result.addProperty("total_num", code.isEmpty() ? market.store.count() : listings.size());
        return WeidianApi.ok(result);
    }

    private SandboxReply skus(SandboxListing listing, JsonObject param) {
        if (listing == null) {
            return WeidianApi.error(10020, "商品不存在");
        }
        for (JsonElement element : Json.array(param, "skus")) {
            JsonObject change = element.getAsJsonObject();
            SandboxSku sku = listing.sku(Json.text(change, "id"));
            long fen = SandboxJson.fen(Json.text(change, "price"));
            int stock = TaobaoApi.parseInt(Json.text(change, "stock"));
            if (sku == null || fen < api.rules().minFen() || fen > api.rules().maxFen() || stock < 0) {
                return WeidianApi.error(10020, "型号不存在，或价格、库存无效");
            }
            synchronized (listing) {
                sku.priceFen = fen;
                sku.stock = stock;
                market.store.saved(listing);
            }
        }
        return WeidianApi.ok(new JsonObject());
    }
}
