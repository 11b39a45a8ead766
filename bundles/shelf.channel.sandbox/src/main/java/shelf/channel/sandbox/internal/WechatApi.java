package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.channel.support.Json;

/**
 * The WeChat shop API at /wechat: GET /cgi-bin/token checks appid and secret (40013, 40125) and issues a
 * token; every /channels/ec/… call needs a live one (42001 expired, 40001 unknown). Answers carry errcode.
 */
final class WechatApi implements PlatformApi {
    static final ListingRules RULES = new ListingRules(60, false, 9, 500, 1, 1_000_000_000L);

    @Override
    public String channel() {
        return "wechat";
    }

    @Override
    public ListingRules rules() {
        return RULES;
    }

    @Override
    public SandboxReply rateLimited() {
        return error(45011, "api minute-quota reach limit  mustslower  retry next minute");
    }

    @Override
    public SandboxReply busy() {
        return error(-1, "system error");
    }

    @Override
    public SandboxReply handle(SandboxRequest request, Marketplace market) {
        if (request.path().equals("/cgi-bin/token")) {
            if (!market.credentials.appKey().equals(request.query().get("appid"))) {
                return error(40013, "invalid appid");
            }
            if (!market.credentials.appSecret().equals(request.query().get("secret"))) {
                return error(40125, "invalid appsecret");
            }
            JsonObject token = new JsonObject();
            token.addProperty("access_token", market.issueToken());
            token.addProperty("expires_in", market.faults.tokenTtlSeconds());
            return SandboxReply.ok(SandboxJson.text(token));
        }
        String token = request.query().get("access_token");
        if (!market.tokenValid(token)) {
            return token != null && token.startsWith("sbx-wechat-") ? error(42001, "access_token expired")
                    : error(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (request.path().equals("/channels/ec/basics/img/upload")) {
            return upload(request, market);
        }
        JsonObject body = body(request);
        if (body == null) {
            return error(47001, "data format error");
        }
        market.called(request.path());
        return new WechatProducts(this, market).handle(request.path(), body);
    }

    /**
     * basics/img/upload as the document has it: upload_type and resp_type in the query (errcode 10020055
     * "参数有误" when missing, as the platform answered a developer who put them in the body); upload_type 1
     * takes {"img_url"}, upload_type 0 a multipart file field "media" with height and width in the query;
     * resp_type 1 answers pic_file.img_url, resp_type 0 only a media_id.
     */
    private static SandboxReply upload(SandboxRequest request, Marketplace market) {
        String uploadType = request.query().getOrDefault("upload_type", "");
        String respType = request.query().getOrDefault("resp_type", "");
        if (!List.of("0", "1").contains(uploadType) || !List.of("0", "1").contains(respType)) {
            return error(10020055, "参数有误：upload_type和resp_type须在URL参数中");
        }
        String source;
        if (uploadType.equals("1")) {
            JsonObject body = body(request);
            source = body == null ? "" : Json.text(body, "img_url");
            if (source.isEmpty()) {
                return error(10020055, "参数有误：upload_type=1时须传img_url");
            }
        } else {
            if (!request.files().contains("media")) {
                return error(10020059, "图片为空：upload_type=0时图片须放在multipart/form-data的media字段");
            }
            if (TaobaoApi.parseInt(request.query().getOrDefault("height", "")) <= 0
                    || TaobaoApi.parseInt(request.query().getOrDefault("width", "")) <= 0) {
                return error(10020055, "参数有误：upload_type=0时须传height和width");
            }
            source = "image.jpg";
        }
        JsonObject picture = new JsonObject();
        if (respType.equals("1")) {
            picture.addProperty("img_url", market.imageUrl(source.substring(source.lastIndexOf('/') + 1)));
        } else {
            picture.addProperty("media_id", "sbx-media-" + Long.toString(System.nanoTime(), 36));
            picture.addProperty("pay_media_id", "");
        }
        return ok("pic_file", picture);
    }

    private static JsonObject body(SandboxRequest request) {
        try {
            JsonElement parsed = JsonParser.parseString(request.body().isEmpty() ? "{}" : request.body());
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static SandboxReply ok(String key, JsonElement value) {
        JsonObject answer = new JsonObject();
        answer.addProperty("errcode", 0);
        answer.addProperty("errmsg", "ok");
        if (key != null) {
            answer.add(key, value);
        }
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    static SandboxReply error(int errcode, String errmsg) {
        JsonObject answer = new JsonObject();
        answer.addProperty("errcode", errcode);
        answer.addProperty("errmsg", errmsg);
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    /**
     * Why an SKU's thumb_img (WxJava SkuInfo: "sku小图") is refused, or null: like every picture of a product it
     * must be one the shop uploaded (channels/ec/basics/img/upload), never a path or another host's URL.
     */
    static String thumbRefusal(ListingDraft draft) {
        for (ListingDraft.SkuDraft sku : draft.skus()) {
            if (!sku.image().isEmpty() && !sku.image().startsWith("https://img.sandbox.shelf.local/wechat/")) {
                return "skus中" + sku.code() + "的thumb_img「" + sku.image() + "」不是本店上传的图片：请先用图片上传接口上传";
            }
        }
        return null;
    }

    /** A product/add or product/update body as a draft. */
    static ListingDraft draft(JsonObject body) {
        List<ListingDraft.SkuDraft> skus = new ArrayList<>();
        for (JsonElement element : Json.array(body, "skus")) {
            JsonObject sku = element.getAsJsonObject();
            Map<String, String> specs = new LinkedHashMap<>();
            Json.array(sku, "sku_attrs").forEach(a -> specs.put(Json.text(a.getAsJsonObject(), "attr_key"),
                    Json.text(a.getAsJsonObject(), "attr_value")));
            skus.add(new ListingDraft.SkuDraft(Json.text(sku, "out_sku_id"), specs,
                    sku.has("sale_price") ? sku.get("sale_price").getAsLong() : -1,
                    sku.has("stock_num") ? sku.get("stock_num").getAsInt() : -1, Json.text(sku, "thumb_img")));
        }
        List<String> heads = new ArrayList<>();
        Json.array(body, "head_imgs").forEach(url -> heads.add(url.getAsString()));
        var cats = Json.array(body, "cats_v2");
        String category = cats.isEmpty() ? "" : Json.text(cats.get(cats.size() - 1).getAsJsonObject(), "cat_id");
        return new ListingDraft(Json.text(body, "out_product_id"), Json.text(body, "title"), category, heads, skus);
    }

    static JsonObject product(SandboxListing listing) {
        JsonObject product = new JsonObject();
        synchronized (listing) {
            product.addProperty("product_id", listing.id);
            product.addProperty("out_product_id", listing.outerId);
            product.addProperty("title", listing.title);
            product.addProperty("status", listing.onSale ? 5 : 11);
            product.add("head_imgs", SandboxJson.strings(listing.images));
            JsonObject leaf = new JsonObject();
            leaf.addProperty("cat_id", listing.category);
            com.google.gson.JsonArray cats = new com.google.gson.JsonArray();
            cats.add(leaf);
            product.add("cats_v2", cats);
            product.add("skus", SandboxJson.skus(listing, s -> {
                JsonObject sku = new JsonObject();
                sku.addProperty("sku_id", s.skuId);
                sku.addProperty("out_sku_id", s.code);
                sku.addProperty("sale_price", s.priceFen);
                sku.addProperty("stock_num", s.stock);
                if (!s.image.isEmpty()) {
                    sku.addProperty("thumb_img", s.image);
                }
                com.google.gson.JsonArray attrs = new com.google.gson.JsonArray();
                s.specs.forEach((key, value) -> {
                    JsonObject attr = new JsonObject();
                    attr.addProperty("attr_key", key);
                    attr.addProperty("attr_value", value);
                    attrs.add(attr);
                });
                sku.add("sku_attrs", attrs);
                return sku;
            }));
        }
        return product;
    }
}
