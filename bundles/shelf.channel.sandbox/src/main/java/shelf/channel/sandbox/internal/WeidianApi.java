package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.channel.support.Json;
import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.SandboxJson;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxRequest;
import shelf.channel.sandbox.kit.ListingRules;

/**
 * Weidian's open API at /weidian: GET /token checks appkey and secret; POST /api takes public (method,
 * access_token, version, format) and param as JSON form fields and needs a live token (10013 expired);
 * POST /media/upload takes an image. Answers {"status": {"status_code", "status_reason"}, "result": …}.
 */
final class WeidianApi implements PlatformApi {
    static final ListingRules RULES = new ListingRules(6000, false, 40, 600, 1, 9_999_999_999_999L);

    @Override
    public String channel() {
        return "weidian";
    }

    @Override
    public ListingRules rules() {
        return RULES;
    }

    @Override
    public SandboxReply rateLimited() {
        return error(10011, "调用频率超限，请稍后再试");
    }

    @Override
    public SandboxReply busy() {
        return error(10010, "系统繁忙，请稍后再试");
    }

    @Override
    public SandboxReply handle(SandboxRequest request, Marketplace market) {
        switch (request.path()) {
            case "/token" -> {
                if (!market.credentials.appKey().equals(request.query().get("appkey"))
                        || !market.credentials.appSecret().equals(request.query().get("secret"))) {
                    return error(10002, "appkey或secret错误");
                }
                JsonObject result = new JsonObject();
                result.addProperty("access_token", market.issueToken());
                result.addProperty("expire_in", market.faults.tokenTtlSeconds());
                return ok(result);
            }
            case "/media/upload" -> {
                if (!market.tokenValid(request.query().get("access_token"))) {
                    return error(10013, "access_token过期");
                }
                return ok(new com.google.gson.JsonPrimitive(market.imageUrl("image.jpg")));
            }
            case "/api" -> {
                JsonObject common = object(request.param("public"));
                JsonObject param = object(request.param("param"));
                if (common == null || param == null) {
                    return error(10001, "public或param不是JSON");
                }
                if (!market.tokenValid(Json.text(common, "access_token"))) {
                    return error(10013, "access_token过期");
                }
                return new WeidianItems(this, market).handle(Json.text(common, "method"), param);
            }
            default -> {
                return new SandboxReply(404, "{\"error\":\"no such path\"}");
            }
        }
    }

    private static JsonObject object(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text.isEmpty() ? "{}" : text);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static SandboxReply ok(JsonElement result) {
        JsonObject answer = new JsonObject();
        answer.add("status", status(0, ""));
        answer.add("result", result);
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    static SandboxReply error(int code, String reason) {
        JsonObject answer = new JsonObject();
        answer.add("status", status(code, reason));
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    private static JsonObject status(int code, String reason) {
        JsonObject status = new JsonObject();
        status.addProperty("status_code", code);
        status.addProperty("status_reason", reason);
        return status;
    }

    /** vdian.item.add (1.1) / update param as a draft: the SKU list is "sku"; prices in yuan. */
    static ListingDraft draft(JsonObject param) {
        List<ListingDraft.SkuDraft> skus = new ArrayList<>();
        for (JsonElement element : Json.array(param, "sku")) {
            JsonObject sku = element.getAsJsonObject();
            skus.add(new ListingDraft.SkuDraft(Json.text(sku, "sku_merchant_code"), Map.of("title", Json.text(sku, "title")),
                    SandboxJson.fen(Json.text(sku, "price")), TaobaoApi.parseInt(Json.text(sku, "stock")), Json.text(sku, "img")));
        }
        List<String> images = new ArrayList<>();
        Json.array(param, "bigImgs").forEach(url -> images.add(url.getAsString()));
        return new ListingDraft(Json.text(param, "merchant_code"), Json.text(param, "itemName"), Json.text(param, "cate_id"),
                images, skus);
    }

    /**
     * Why vdian.item.add / update refuses an SKU's picture, or null: sku[].img is an image URL (a 1.1 request's
     * sku entries carry img, see WeidianItem in shelf.channel.weidian) — a path on the merchant's disk is no
     * picture the shop can show; /media/upload makes one.
     */
    static String skuImageRefusal(JsonObject param) {
        JsonArray skus = Json.array(param, "sku");
        for (int i = 0; i < skus.size(); i++) {
            JsonObject sku = skus.get(i).getAsJsonObject();
            String img = Json.text(sku, "img");
            if (!img.isEmpty() && !img.matches("https?://\\S+")) {
                return "sku[" + i + "]（" + Json.text(sku, "sku_merchant_code") + "）的img「" + img
                        + "」不是图片链接：请先用/media/upload上传并使用返回的链接";
            }
        }
        return null;
    }

    /**
     * An item of vdian.item.get / vdian.item.list.get. Each of skus carries its picture as img, the name the 1.1
     * request gives it: no answer of these calls with SKU pictures was found in a public document or SDK (a
     * published vdian.item.get answer shows skus with id, title, price, stock and sku_merchant_code, for an item
     * without SKU pictures).
     */
    static JsonObject item(SandboxListing listing) {
        JsonObject item = new JsonObject();
        synchronized (listing) {
            item.addProperty("itemid", listing.id);
            item.addProperty("item_name", listing.title);
            item.addProperty("merchant_code", listing.outerId);
            item.addProperty("status", listing.onSale ? 1 : 2);
            item.addProperty("stock", listing.totalStock());
            item.add("imgs", SandboxJson.strings(listing.images));
            item.add("skus", SandboxJson.skus(listing, s -> {
                JsonObject sku = new JsonObject();
                sku.addProperty("id", s.skuId);
                sku.addProperty("title", s.specs.getOrDefault("title", ""));
                sku.addProperty("price", SandboxJson.yuan(s.priceFen));
                sku.addProperty("stock", s.stock);
                sku.addProperty("sku_merchant_code", s.code);
                if (!s.image.isEmpty()) {
                    sku.addProperty("img", s.image);   // under the name the 1.1 request gives it (see draft)
                }
                return sku;
            }));
        }
        return item;
    }
}
