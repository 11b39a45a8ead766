package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.channel.support.Signatures;

/**
 * Pinduoduo's pop router at /pinduoduo/api/router: checks client_id, the MD5 sign and the access token
 * (10019 when expired), then serves the goods methods the adapter uses. Answers {"…_response": …} or
 * {"error_response": {error_code, error_msg, sub_code, sub_msg}}.
 */
final class PinduoduoApi implements PlatformApi {
    static final ListingRules RULES = new ListingRules(60, true, 10, 600, 1, 100_000_000L);

    @Override
    public String channel() {
        return "pinduoduo";
    }

    @Override
    public ListingRules rules() {
        return RULES;
    }

    @Override
    public SandboxReply rateLimited() {
        return error(70031, "调用过于频繁", "isv.call-frequency-limit", "请降低调用频率");
    }

    @Override
    public SandboxReply busy() {
        return error(50001, "系统繁忙", "isp.system_error", "系统繁忙，请稍后重试");
    }

    @Override
    public SandboxReply handle(SandboxRequest request, Marketplace market) {
        if (!request.path().equals("/api/router")) {
            return new SandboxReply(404, "{\"error\":\"no such path\"}");
        }
        Map<String, String> params = new HashMap<>(request.form());
        String type = params.getOrDefault("type", "");
        if (!market.credentials.appKey().equals(params.get("client_id"))) {
            return error(10016, "client_id不存在", "", "");
        }
        String unsigned = SandboxRequest.unsignedEmpty(params, false);
        if (unsigned != null) {
            // Pinduoduo's SDKs do not sign an empty value: one that arrives was sent unsigned
            return error(10001, "签名错误", "", "参数" + unsigned + "是空值，未参与签名");
        }
        if (!Signatures.same(Signatures.pinduoduo(params, market.credentials.appSecret()), params.get("sign"))) {
            return error(10001, "签名错误", "", "sign不正确");
        }
        if (type.equals("pdd.pop.auth.token.refresh")) {
            if (!SandboxTokens.REFRESH_TOKEN.equals(params.get("refresh_token"))) {
                return error(10000, "参数错误", "", "refresh_token无效");
            }
            JsonObject token = new JsonObject();
            token.addProperty("access_token", market.issueToken());
            token.addProperty("expires_in", market.faults.tokenTtlSeconds());
            token.addProperty("refresh_token", SandboxTokens.REFRESH_TOKEN);
            return ok("pop_auth_token_refresh_response", token);
        }
        if (!market.tokenValid(params.get("access_token"))) {
            return error(10019, "access_token已过期", "", "请刷新access_token");
        }
        market.called(type);
        return new PinduoduoGoods(this, market).handle(type, params);
    }

    static SandboxReply ok(String key, JsonObject response) {
        return SandboxReply.ok(SandboxJson.text(SandboxJson.wrap(key, response)));
    }

    static SandboxReply success(String key) {
        JsonObject response = new JsonObject();
        response.addProperty("is_success", true);
        return ok(key, response);
    }

    static SandboxReply error(int code, String message, String subCode, String subMessage) {
        JsonObject error = new JsonObject();
        error.addProperty("error_code", code);
        error.addProperty("error_msg", message);
        error.addProperty("sub_code", subCode);
        error.addProperty("sub_msg", subMessage);
        error.addProperty("request_id", Long.toString(System.nanoTime(), 36));
        return SandboxReply.ok(SandboxJson.text(SandboxJson.wrap("error_response", error)));
    }

    /**
     * pdd.goods.add / information.update parameters as a draft; the 单买价 (price) is what the rules check. A SKU's
     * specs are the names of the spec ids it carries (as pdd.goods.spec.id.get issued them).
     */
    static ListingDraft draft(Map<String, String> params, Marketplace market) {
        List<ListingDraft.SkuDraft> skus = new ArrayList<>();
        for (JsonElement element : array(params.get("sku_list"))) {
            JsonObject sku = element.getAsJsonObject();
            Map<String, String> specs = new java.util.LinkedHashMap<>();
            for (JsonElement id : specIds(sku)) {
                String parent = parentOf(id.getAsString());
                String named = market.issued.getOrDefault("spec id " + id.getAsString(), parent + " ?");
                if (parent != null) {
                    specs.put(CategoryProps.pinduoduoSpecs().get(parent), named.substring(named.indexOf(' ') + 1));
                }
            }
            skus.add(new ListingDraft.SkuDraft(text(sku, "out_sku_sn"), specs,
                    sku.has("price") ? sku.get("price").getAsLong() : -1, sku.has("quantity") ? sku.get("quantity").getAsInt() : -1,
                    text(sku, "thumb_url")));
        }
        List<String> images = new ArrayList<>();
        array(params.get("carousel_gallery")).forEach(url -> images.add(url.getAsString()));
        return new ListingDraft(params.getOrDefault("out_goods_id", ""), params.getOrDefault("goods_name", ""),
                params.getOrDefault("cat_id", ""), images, skus);
    }

    /**
     * Why the sku_list's spec ids are refused, or null: as the document types it, spec_id_list is text of a JSON
     * array of ids pdd.goods.spec.id.get gave ("[20,5]"), one per spec — never empty, never an array itself.
     */
    static String specRefusal(Map<String, String> params, Marketplace market) {
        JsonArray skus = array(params.get("sku_list"));
        for (int i = 0; i < skus.size(); i++) {
            JsonObject sku = skus.get(i).getAsJsonObject();
            JsonElement list = sku.get("spec_id_list");
            String where = "sku_list[" + i + "]（" + text(sku, "out_sku_sn") + "）的spec_id_list";
            if (list == null || !list.isJsonPrimitive()) {
                return where + "须为规格ID列表的字符串，如\"[20,5]\"";
            }
            String thumb = text(sku, "thumb_url");
            if (!thumb.isEmpty() && !thumb.matches("https?://\\S+")) {
                // as the carousel: the platform shows pictures from its own image host (pdd.goods.image.upload)
                return "sku_list[" + i + "]（" + text(sku, "out_sku_sn") + "）的thumb_url「" + thumb
                        + "」不是图片链接：请先用pdd.goods.image.upload上传并使用返回的链接";
            }
            JsonArray ids = specIds(sku);
            if (ids.isEmpty()) {
                return where + "为空：规格ID须由pdd.goods.spec.id.get生成";
            }
            java.util.Set<String> parents = new java.util.HashSet<>();
            for (JsonElement id : ids) {
                String parent = parentOf(id.getAsString());
                if (parent == null) {
                    return where + "中的规格ID " + id.getAsString() + "不存在（未由pdd.goods.spec.id.get生成）";
                }
                if (!parents.add(parent)) {
                    return where + "中同一规格出现了两次";
                }
            }
        }
        return null;
    }

    /** The spec id the sandbox gives a value under a parent spec: the parent's id, then five digits of the value. */
    static String specId(String parentSpecId, String name) {
        return String.valueOf(Long.parseLong(parentSpecId) * 100_000L + Math.floorMod(name.hashCode(), 100_000));
    }

    /** The parent spec of a spec id the sandbox gave, or null when it gave none such. */
    static String parentOf(String specId) {
        if (!specId.matches("\\d{6,}")) {
            return null;
        }
        String parent = String.valueOf(Long.parseLong(specId) / 100_000L);
        return CategoryProps.pinduoduoSpecs().containsKey(parent) ? parent : null;
    }

    private static JsonArray specIds(JsonObject sku) {
        JsonElement list = sku.get("spec_id_list");
        return list != null && list.isJsonPrimitive() ? array(list.getAsString()) : new JsonArray();
    }

    static JsonArray array(String json) {
        try {
            JsonElement parsed = JsonParser.parseString(json == null ? "[]" : json);
            return parsed.isJsonArray() ? parsed.getAsJsonArray() : new JsonArray();
        } catch (RuntimeException e) {
            return new JsonArray();
        }
    }

    static String text(JsonObject object, String key) {
        return object.has(key) && !object.get(key).isJsonNull() ? object.get(key).getAsString() : "";
    }

    static JsonObject goods(SandboxListing listing) {
        JsonObject goods = new JsonObject();
        synchronized (listing) {
            goods.addProperty("goods_id", Long.parseLong(listing.id));
            goods.addProperty("outer_goods_id", listing.outerId);
            goods.addProperty("goods_name", listing.title);
            goods.addProperty("is_onsale", listing.onSale ? 1 : 0);
            goods.addProperty("thumb_url", listing.images.isEmpty() ? "" : listing.images.get(0));
            goods.add("sku_list", SandboxJson.skus(listing, s -> {
                JsonObject sku = new JsonObject();
                sku.addProperty("sku_id", Long.parseLong(s.skuId));
                sku.addProperty("out_sku_sn", s.code);
                sku.addProperty("outer_id", s.code);
                sku.addProperty("price", s.priceFen);
                sku.addProperty("multi_price", s.priceFen);
                sku.addProperty("quantity", s.stock);
                sku.addProperty("thumb_url", s.image);
                sku.addProperty("spec", String.join(" ", s.specs.values()));
                return sku;
            }));
        }
        return goods;
    }
}
