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
        market.called(method);
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

    /**
     * The item of taobao.item.add / update: SKUs from the parallel comma lists, prices in yuan, each SKU's specs
     * the names of its pid:vid pairs.
     */
    static ListingDraft draft(Map<String, String> params) {
        Map<String, String> aliases = aliases(params);
        String[] properties = params.getOrDefault("sku_properties", "").split(",", -1);
        String[] prices = params.getOrDefault("sku_prices", "").split(",", -1);
        String[] quantities = params.getOrDefault("sku_quantities", "").split(",", -1);
        String[] codes = params.getOrDefault("sku_outer_ids", "").split(",", -1);
        List<ListingDraft.SkuDraft> skus = new ArrayList<>();
        for (int i = 0; i < codes.length && !codes[i].isEmpty(); i++) {
            Map<String, String> specs = new java.util.LinkedHashMap<>();
            for (String pair : at(properties, i).split(";")) {
                String[] pv = pair.split(":");
                if (pv.length == 2 && pv[0].startsWith("$")) {
                    specs.put(pv[0].substring(1), pv[1]);
                } else if (pv.length == 2) {
                    specs.put(CategoryProps.taobaoSaleProps().getOrDefault(pv[0], pv[0]), aliases.getOrDefault(pair,
                            CategoryProps.taobaoValues(pv[0]).getOrDefault(pv[1], pv[1])));
                }
            }
            skus.add(new ListingDraft.SkuDraft(codes[i], specs, SandboxJson.fen(at(prices, i)), parseInt(at(quantities, i))));
        }
        String pic = params.getOrDefault("pic_path", "");
        return new ListingDraft(params.getOrDefault("outer_id", ""), params.getOrDefault("title", ""),
                params.getOrDefault("cid", ""), pic.isEmpty() ? List.of() : List.of(pic), skus);
    }

    /**
     * Why the SKU properties are refused, or null. As the TOP document of taobao.item.add says: "格式:pid:vid;pid:vid,
     * 多个sku之间用逗号分隔。该字段内的销售属性（自定义的除外）也需要在props字段填写", a custom one written
     * $pText:vText. A pid must be a sale property of the category, a vid one of its values.
     */
    static String skuPropertiesRefusal(Map<String, String> params) {
        String all = params.getOrDefault("sku_properties", "");
        java.util.Set<String> props = new java.util.HashSet<>(List.of(params.getOrDefault("props", "").split(";")));
        String[] skus = all.split(",", -1);
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int i = 0; i < skus.length && !all.isEmpty(); i++) {
            if (!distinct.add(skus[i])) {
                return "sku_properties第" + (i + 1) + "个SKU的销售属性「" + skus[i] + "」与前面的SKU重复";
            }
            for (String pair : skus[i].split(";")) {
                if (pair.startsWith("$") && pair.split(":").length == 2) {
                    continue;
                }
                if (!pair.matches("\\d+:\\d+")) {
                    return "sku_properties第" + (i + 1) + "个SKU的属性「" + pair + "」不是pid:vid格式：请用taobao.itemprops.get与"
                            + "taobao.itempropvalues.get取得类目的销售属性";
                }
                String pid = pair.substring(0, pair.indexOf(':'));
                if (!CategoryProps.taobaoSaleProps().containsKey(pid)
                        || !CategoryProps.taobaoValues(pid).containsKey(pair.substring(pair.indexOf(':') + 1))) {
                    return "sku_properties中的" + pair + "不是类目" + params.getOrDefault("cid", "") + "的销售属性值";
                }
                if (!props.contains(pair)) {
                    return "销售属性" + pair + "未填写在props中";
                }
            }
        }
        return aliasRefusal(params, new java.util.HashSet<>(List.of(all.split("[,;]"))));
    }

    /**
     * Why property_alias is refused, or null. TOP taobao.item.add: "属性值别名。如pid:vid:别名;pid1:vid1:别名1，其中：pid是属性id
     * vid是属性值id。总长度不超过800个字符" — an alias names a value of a property that allows aliases (itemprops.get
     * is_allow_alias), each value once, and a value the item's SKUs use.
     */
    static String aliasRefusal(Map<String, String> params, java.util.Set<String> skuPairs) {
        String all = params.getOrDefault("property_alias", "");
        if (all.isEmpty()) {
            return null;
        }
        if (all.length() > 800) {
            return "property_alias总长度" + all.length() + "个字符，超过800";
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String alias : all.split(";")) {
            String[] parts = alias.split(":", 3);
            if (parts.length != 3 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+") || parts[2].isBlank()) {
                return "property_alias中的「" + alias + "」不是pid:vid:别名格式";
            }
            String pair = parts[0] + ":" + parts[1];
            if (!CategoryProps.taobaoSaleProps().containsKey(parts[0]) || !CategoryProps.taobaoValues(parts[0]).containsKey(parts[1])) {
                return "property_alias中的" + pair + "不是类目" + params.getOrDefault("cid", "") + "的属性值";
            }
            if (!CategoryProps.taobaoAllowsAlias(parts[0])) {
                return "属性" + parts[0] + "（" + CategoryProps.taobaoSaleProps().get(parts[0]) + "）不允许设置别名";
            }
            if (!named.add(pair)) {
                return "property_alias中属性值" + pair + "设置了两个别名";
            }
            if (!skuPairs.contains(pair)) {
                return "property_alias中的属性值" + pair + "没有在sku_properties中使用";
            }
        }
        return null;
    }

    /** The property_alias of a request, "pid:vid" → alias (checked by {@link #aliasRefusal} before it is kept). */
    static Map<String, String> aliases(Map<String, String> params) {
        Map<String, String> aliases = new java.util.LinkedHashMap<>();
        String all = params.getOrDefault("property_alias", "");
        for (String alias : all.isEmpty() ? new String[0] : all.split(";")) {
            String[] parts = alias.split(":", 3);
            if (parts.length == 3) {
                aliases.put(parts[0] + ":" + parts[1], parts[2]);
            }
        }
        return aliases;
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

    /** TOP's properties_name without aliases. */
    static String propertiesName(Map<String, String> specs) {
        return propertiesName(specs, Map.of());
    }

    /**
     * TOP's properties_name: pid:vid:属性名:值 per property, ";"-joined, the value's alias where the item gave one
     * (a custom property keeps its text).
     */
    static String propertiesName(Map<String, String> specs, Map<String, String> aliases) {
        List<String> parts = new ArrayList<>();
        specs.forEach((name, value) -> {
            String pid = CategoryProps.taobaoSaleProps().entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(Map.Entry::getKey).findFirst().orElse("");
            String vid = aliases.entrySet().stream().filter(e -> e.getKey().startsWith(pid + ":") && e.getValue().equals(value))
                    .map(e -> e.getKey().substring(pid.length() + 1)).findFirst()
                    .orElseGet(() -> CategoryProps.taobaoValues(pid).entrySet().stream().filter(e -> e.getValue().equals(value))
                            .map(Map.Entry::getKey).findFirst().orElse(""));
            parts.add(pid.isEmpty() || vid.isEmpty() ? "$" + name + ":" + value : pid + ":" + vid + ":" + name + ":" + value);
        });
        return String.join(";", parts);
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
                sku.addProperty("properties_name", propertiesName(s.specs, listing.aliases));
                return sku;
            });
            item.add("skus", SandboxJson.wrap("sku", skus));
        }
        return item;
    }
}
