package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.channel.support.Json;
import shelf.channel.support.Signatures;
import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.ReviewDesk;
import shelf.channel.sandbox.kit.SandboxJson;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxRequest;
import shelf.channel.sandbox.kit.ListingRules;
import shelf.channel.sandbox.kit.SandboxTokens;

/**
 * The Douyin shop (抖店) open API at /douyin/<method path>: checks app_key, that the path is the method's,
 * the sign (HMAC-SHA256 or MD5 over the re-serialised param_json, keys sorted), and the access token
 * (30002 when expired); token.create / token.refresh issue tokens. Answers {"code": 10000, "msg", "data"}.
 */
final class DouyinApi implements PlatformApi {
    static final ListingRules RULES = new ListingRules(60, true, 5, 600, 1, 999_999_900L);

    @Override
    public String channel() {
        return "douyin";
    }

    @Override
    public ListingRules rules() {
        return RULES;
    }

    @Override
    public SandboxReply rateLimited() {
        return error(9, "调用频率超限", "isv.api-frequency-limit", "请降低调用频率");
    }

    @Override
    public SandboxReply busy() {
        return error(8, "服务繁忙", "isp.service-busy", "系统繁忙，请稍后重试");
    }

    @Override
    public SandboxReply handle(SandboxRequest request, Marketplace market) {
        Map<String, String> query = request.query();
        String method = query.getOrDefault("method", "");
        if (!request.path().equals("/" + method.replace('.', '/'))) {
            return error(40001, "参数错误", "isv.parameter-invalid:method", "method与路径不一致");
        }
        if (!market.credentials.appKey().equals(query.get("app_key"))) {
            return error(30001, "app_key无效", "isv.app-key-invalid", "app_key不存在");
        }
        if (!"1".equals(request.header("x-open-no-old-err-code"))) {
            // every official SDK sends it; without it the platform answers in its legacy error codes
            return error(40001, "参数错误", "isv.parameter-invalid:x-open-no-old-err-code",
                    "缺少请求头x-open-no-old-err-code: 1");
        }
        JsonObject param;
        try {
            JsonElement parsed = JsonParser.parseString(request.body().isEmpty() ? "{}" : request.body());
            param = parsed.getAsJsonObject();
        } catch (RuntimeException e) {
            return error(40001, "参数错误", "isv.parameter-invalid:param_json", "param_json不是JSON对象");
        }
        String expected = Signatures.douyin(query.getOrDefault("app_key", ""), market.credentials.appSecret(), method,
                Json.canonical(param), query.getOrDefault("timestamp", ""), query.getOrDefault("v", ""),
                query.getOrDefault("sign_method", "md5"));
        if (!Signatures.same(expected, query.get("sign"))) {
            return error(30001, "签名错误", "isv.signature-invalid", "sign校验失败");
        }
        if (method.equals("token.create") || method.equals("token.refresh")) {
            return token(method, param, market);
        }
        if (!market.tokenValid(query.get("access_token"))) {
            return error(30002, "access_token已过期", "isv.access-token-expired", "请刷新access_token");
        }
        market.called(method);
        return new DouyinProducts(this, market).handle(method, param);
    }

    private SandboxReply token(String method, JsonObject param, Marketplace market) {
        if (method.equals("token.create")) {
            JsonElement shop = param.get("shop_id");
            boolean number = shop != null && shop.isJsonPrimitive() && shop.getAsJsonPrimitive().isNumber();
            if (!number || !"authorization_self".equals(Json.text(param, "grant_type")) || !param.has("code")) {
                // the SDK's CreateTokenParam: code "", grant_type authorization_self, shop_id an int64
                return error(40001, "参数错误", "isv.parameter-invalid:shop_id",
                        "token.create需要code、grant_type=authorization_self和数字shop_id");
            }
        }
        if (method.equals("token.refresh") && !SandboxTokens.REFRESH_TOKEN.equals(Json.text(param, "refresh_token"))) {
            return error(40001, "参数错误", "isv.refresh-token-invalid", "refresh_token无效");
        }
        JsonObject data = new JsonObject();
        data.addProperty("access_token", market.issueToken());
        data.addProperty("expires_in", market.faults.tokenTtlSeconds());
        data.addProperty("refresh_token", SandboxTokens.REFRESH_TOKEN);
        data.addProperty("shop_id", Json.text(param, "shop_id"));
        return ok(data);
    }

    static SandboxReply ok(JsonObject data) {
        JsonObject answer = new JsonObject();
        answer.addProperty("code", 10000);
        answer.addProperty("msg", "success");
        answer.add("data", data);
        answer.addProperty("log_id", Long.toString(System.nanoTime(), 36));
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    static SandboxReply error(int code, String msg, String subCode, String subMsg) {
        JsonObject answer = new JsonObject();
        answer.addProperty("code", code);
        answer.addProperty("msg", msg);
        answer.addProperty("sub_code", subCode);
        answer.addProperty("sub_msg", subMsg);
        answer.add("data", new JsonObject());
        answer.addProperty("log_id", Long.toString(System.nanoTime(), 36));
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    /**
     * product.addV2 / editV2 param_json as a draft: pic "|"-joined, spec_prices JSON text with fen, each SKU's
     * picture the spec_pic entry of its main-spec value.
     */
    static ListingDraft draft(JsonObject param) {
        List<String> mainValues = mainSpecValues(param);
        List<String> specPics = list(Json.text(param, "spec_pic"), ",");
        List<String> names = specNames(param);
        List<ListingDraft.SkuDraft> skus = new ArrayList<>();
        for (JsonElement element : PinduoduoApi.array(Json.text(param, "spec_prices"))) {
            JsonObject sku = element.getAsJsonObject();
            Map<String, String> specs = new LinkedHashMap<>();
            for (int level = 1; sku.has("spec_detail_name" + level); level++) {
                // by the names specs gives them, so that product.detail answers them as the platform does
                specs.put(level <= names.size() ? names.get(level - 1) : "spec" + level, Json.text(sku, "spec_detail_name" + level));
            }
            int value = mainValues.indexOf(Json.text(sku, "spec_detail_name1"));
            skus.add(new ListingDraft.SkuDraft(Json.text(sku, "outer_sku_id"), specs,
                    sku.has("price") ? sku.get("price").getAsLong() : -1, sku.has("stock_num") ? sku.get("stock_num").getAsInt() : -1,
                    value >= 0 && value < specPics.size() ? specPics.get(value) : ""));
        }
        String pic = Json.text(param, "pic");
        return new ListingDraft(Json.text(param, "outer_product_id"), Json.text(param, "name"),
                Json.text(param, "category_leaf_id"), pic.isEmpty() ? List.of() : List.of(pic.split("\\|")), skus);
    }

    /**
     * Why product.addV2 / editV2 refuses the pictures, or null: like the platform, it fetches no local path —
     * pic and description carry URLs (the material centre's byte_url).
     */
    static String pictureRefusal(JsonObject param) {
        int count = 0;
        for (String field : List.of("pic", "description", "spec_pic")) {
            List<String> urls = list(Json.text(param, field), field.equals("spec_pic") ? "," : "|");
            for (String url : urls) {
                if (!url.startsWith("http://") && !url.startsWith("https://")) {
                    return field + "中的「" + url + "」不是图片链接：请先用素材中心上传图片（material.uploadImageSync）并使用返回的链接";
                }
            }
            count += urls.size();
        }
        // the Go SDK's ProductAddV2Param: "pic、description、spec_pic这三个字段里的传入的图片数量总和，不得超过50张"
        if (count > 50) {
            return "pic、description、spec_pic三个字段的图片数量总和不得超过50张，收到" + count + "张";
        }
        List<String> specPics = list(Json.text(param, "spec_pic"), ",");
        List<String> mainValues = mainSpecValues(param);
        if (!specPics.isEmpty() && specPics.size() != mainValues.size()) {
            // "颜色就是主规格, 颜色如黑,白,黄,它们图片url以逗号分隔": one picture per value of the main spec
            return "spec_pic有" + specPics.size() + "张图片，主规格有" + mainValues.size() + "个值" + mainValues + "：每个值一张，以逗号分隔";
        }
        return null;
    }

    /** The values of the main (first) spec of specs ("颜色|黑色,白色^尺码|M,L" → 黑色, 白色). */
    static List<String> mainSpecValues(JsonObject param) {
        String specs = Json.text(param, "specs");
        int bar = specs.indexOf('|');
        if (bar < 0) {
            return List.of();
        }
        int end = specs.indexOf('^');
        return list(specs.substring(bar + 1, end < 0 ? specs.length() : end), ",");
    }

    /** The spec names of specs ("颜色|黑色,白色^尺码|M,L" → 颜色, 尺码). */
    static List<String> specNames(JsonObject param) {
        List<String> names = new ArrayList<>();
        for (String spec : list(Json.text(param, "specs"), "^")) {
            int bar = spec.indexOf('|');
            names.add(bar < 0 ? spec : spec.substring(0, bar));
        }
        return names;
    }

    private static List<String> list(String value, String separator) {
        return value.isEmpty() ? List.of() : List.of(value.split(java.util.regex.Pattern.quote(separator)));
    }

    /**
     * product.detail of a listing; check_status from its review (2 待审核, 3 审核通过, 4 审核未通过). The SKUs' specs and
     * pictures as the official Go SDK's ProductDetailData declares them (zsmhub/doudian-sdk api/product_detail/response):
     * specs, each with its values and their ids; spec_prices naming a SKU's values by spec_detail_ids; spec_pics, a
     * picture per value of the main spec ({spec_detail_id, pic}). The ids are this sandbox's own: each spec's number
     * times 1,000,000 plus the value's place, unique within the product.
     */
    static JsonObject product(SandboxListing listing, ReviewDesk.State review) {
        JsonObject product = new JsonObject();
        synchronized (listing) {
            product.addProperty("product_id", Long.parseLong(listing.id));
            product.addProperty("outer_product_id", listing.outerId);
            product.addProperty("name", listing.title);
            product.addProperty("status", listing.onSale ? 0 : 1);
            product.addProperty("check_status", review == ReviewDesk.State.IN_REVIEW ? 2 : review == ReviewDesk.State.APPROVED ? 3 : 4);
            product.addProperty("draft_status", 0);
            product.add("pic", SandboxJson.strings(listing.images));
            Map<String, List<String>> values = new LinkedHashMap<>();
            listing.skus.forEach(s -> s.specs.forEach((name, value) -> {
                List<String> of = values.computeIfAbsent(name, n -> new ArrayList<>());
                if (!of.contains(value)) {
                    of.add(value);
                }
            }));
            List<String> names = List.copyOf(values.keySet());
            JsonArray specs = new JsonArray();
            for (int n = 0; n < names.size(); n++) {
                JsonObject spec = new JsonObject();
                spec.addProperty("id", n + 1);
                spec.addProperty("name", names.get(n));
                JsonArray items = new JsonArray();
                List<String> of = values.get(names.get(n));
                for (int v = 0; v < of.size(); v++) {
                    JsonObject item = new JsonObject();
                    item.addProperty("id", specDetailId(n, v));
                    item.addProperty("name", of.get(v));
                    item.addProperty("pid", n + 1);
                    item.addProperty("is_leaf", 1);
                    item.addProperty("status", 0);
                    items.add(item);
                }
                spec.add("values", items);
                specs.add(spec);
            }
            product.add("specs", specs);
            JsonArray specPics = new JsonArray();
            if (!names.isEmpty()) {
                List<String> main = values.get(names.get(0));
                for (int v = 0; v < main.size(); v++) {
                    String value = main.get(v);
                    String pic = listing.skus.stream().filter(s -> value.equals(s.specs.get(names.get(0))) && !s.image.isEmpty())
                            .map(s -> s.image).findFirst().orElse("");
                    if (!pic.isEmpty()) {
                        JsonObject entry = new JsonObject();
                        entry.addProperty("spec_detail_id", specDetailId(0, v));
                        entry.addProperty("pic", pic);
                        specPics.add(entry);
                    }
                }
            }
            product.add("spec_pics", specPics);
            product.add("spec_prices", SandboxJson.skus(listing, s -> {
                JsonObject sku = new JsonObject();
                sku.addProperty("sku_id", Long.parseLong(s.skuId));
                JsonArray ids = new JsonArray();
                s.specs.forEach((name, value) -> {
                    int n = names.indexOf(name);
                    ids.add(specDetailId(n, values.get(name).indexOf(value)));
                });
                sku.add("spec_detail_ids", ids);
                sku.addProperty("outer_sku_id", s.code);
                sku.addProperty("price", s.priceFen);
                sku.addProperty("stock_num", s.stock);
                return sku;
            }));
        }
        return product;
    }

    private static long specDetailId(int spec, int value) {
        return (spec + 1) * 1_000_000L + value + 1;
    }
}
