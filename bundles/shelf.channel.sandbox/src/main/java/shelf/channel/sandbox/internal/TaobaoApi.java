package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import shelf.channel.support.Signatures;

/**
 * Taobao's TOP router at /taobao/router/rest: checks app_key (29), sign (25) over every parameter but
 * files, and the session (26 missing, 27 invalid or expired), then serves the item methods the adapter
 * uses. Answers {"<method>_response": …} or {"error_response": {code, msg, sub_code, sub_msg}}.
 */
final class TaobaoApi implements PlatformApi {
    static final ListingRules RULES = new ListingRules(60, true, 5, 600, 1, 10_000_000_000L);

    @Override
    public String channel() {
        return "taobao";
    }

    @Override
    public ListingRules rules() {
        return RULES;
    }

    @Override
    public SandboxReply rateLimited() {
        return error(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", "This ban will last for 1 more seconds");
    }

    @Override
    public SandboxReply busy() {
        return error(15, "Remote service error", "isp.remote-service-busy", "系统繁忙，请稍后再试");
    }

    @Override
    public SandboxReply handle(SandboxRequest request, Marketplace market) {
        if (!request.path().equals("/router/rest")) {
            return new SandboxReply(404, "{\"error\":\"no such path\"}");
        }
        Map<String, String> params = new HashMap<>(request.query());
        params.putAll(request.form());
        request.files().forEach(params::remove);
        String method = params.getOrDefault("method", "");
        if (!market.credentials.appKey().equals(params.get("app_key"))) {
            return error(29, "Invalid app Key", "", "");
        }
        String unsigned = SandboxRequest.unsignedEmpty(params, true);
        if (unsigned != null) {
            // the TOP SDK neither signs nor sends an empty or whitespace-only value (StringUtils.areNotEmpty)
            return error(25, "Invalid signature", "isv.invalid-parameter:" + unsigned, "参数" + unsigned + "是空值，未按TOP规则签名");
        }
        String signMethod = params.getOrDefault("sign_method", "");
        String sign = params.get("sign");
        if (!List.of("md5", "hmac", "hmac-sha256").contains(signMethod)
                || !Signatures.same(Signatures.taobao(params, market.credentials.appSecret(), signMethod), sign)) {
            return error(25, "Invalid signature", "", "");
        }
        if (method.equals("taobao.top.auth.token.refresh")) {
            return refresh(params, market);
        }
        if (!params.containsKey("session")) {
            return error(26, "Missing session", "", "");
        }
        if (!market.tokenValid(params.get("session"))) {
            return error(27, "Invalid session", "invalid-sessionkey", "SessionKey非法或已过期");
        }
        return new TaobaoItems(this, market).handle(method, params);
    }

    private SandboxReply refresh(Map<String, String> params, Marketplace market) {
        if (!SandboxTokens.REFRESH_TOKEN.equals(params.get("refresh_token"))) {
            return error(15, "Remote service error", "isv.refresh-token-invalid", "refresh_token无效");
        }
        JsonObject token = new JsonObject();
        token.addProperty("access_token", market.issueToken());
        token.addProperty("expires_in", market.faults.tokenTtlSeconds());
        token.addProperty("refresh_token", SandboxTokens.REFRESH_TOKEN);
        JsonObject response = new JsonObject();
        response.addProperty("token_result", SandboxJson.text(token));
        return ok("taobao.top.auth.token.refresh", response);
    }

    static SandboxReply ok(String method, JsonObject response) {
        return SandboxReply.ok(SandboxJson.text(SandboxJson.wrap(method.replaceFirst("^taobao\\.", "").replace('.', '_')
                + "_response", response)));
    }

    static SandboxReply error(int code, String msg, String subCode, String subMsg) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("msg", msg);
        if (!subCode.isEmpty()) {
            error.addProperty("sub_code", subCode);
            error.addProperty("sub_msg", subMsg);
        }
        error.addProperty("request_id", Long.toString(System.nanoTime(), 36));
        return SandboxReply.ok(SandboxJson.text(SandboxJson.wrap("error_response", error)));
    }

    /** The item of taobao.item.add / update: SKUs from the parallel comma lists, prices in yuan. */
    static ListingDraft draft(Map<String, String> params) {
        String[] properties = params.getOrDefault("sku_properties", "").split(",", -1);
        String[] prices = params.getOrDefault("sku_prices", "").split(",", -1);
        String[] quantities = params.getOrDefault("sku_quantities", "").split(",", -1);
        String[] codes = params.getOrDefault("sku_outer_ids", "").split(",", -1);
        List<ListingDraft.SkuDraft> skus = new ArrayList<>();
        for (int i = 0; i < codes.length && !codes[i].isEmpty(); i++) {
            skus.add(new ListingDraft.SkuDraft(codes[i], SandboxJson.specs(at(properties, i), ";", ":"),
                    SandboxJson.fen(at(prices, i)), parseInt(at(quantities, i))));
        }
        String pic = params.getOrDefault("pic_path", "");
        return new ListingDraft(params.getOrDefault("outer_id", ""), params.getOrDefault("title", ""),
                params.getOrDefault("cid", ""), pic.isEmpty() ? List.of() : List.of(pic), skus);
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : "";
    }

    static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static JsonObject item(SandboxListing listing) {
        JsonObject item = new JsonObject();
        synchronized (listing) {
            item.addProperty("num_iid", Long.parseLong(listing.id));
            item.addProperty("outer_id", listing.outerId);
            item.addProperty("title", listing.title);
            item.addProperty("cid", listing.category);
            item.addProperty("approve_status", listing.onSale ? "onsale" : "instock");
            item.addProperty("pic_url", listing.images.isEmpty() ? "" : listing.images.get(0));
            item.addProperty("num", listing.totalStock());
            JsonArray skus = SandboxJson.skus(listing, s -> {
                JsonObject sku = new JsonObject();
                sku.addProperty("sku_id", Long.parseLong(s.skuId));
                sku.addProperty("outer_id", s.code);
                sku.addProperty("price", SandboxJson.yuan(s.priceFen));
                sku.addProperty("quantity", s.stock);
                sku.addProperty("properties_name", s.specs.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                        .collect(java.util.stream.Collectors.joining(";")));
                return sku;
            });
            item.add("skus", SandboxJson.wrap("sku", skus));
        }
        return item;
    }
}
