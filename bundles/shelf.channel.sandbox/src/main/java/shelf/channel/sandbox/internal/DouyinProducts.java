package shelf.channel.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.channel.support.Json;

/** The product methods of the Douyin shop simulator, for a request already authenticated. */
final class DouyinProducts {
    private final DouyinApi api;
    private final Marketplace market;

    DouyinProducts(DouyinApi api, Marketplace market) {
        this.api = api;
        this.market = market;
    }

    /** As the platform: at most 50 materials, a request_id each, fetched from a public http(s) URL. */
    private SandboxReply batchUpload(JsonArray materials) {
        if (materials.isEmpty() || materials.size() > 50) {
            return DouyinApi.error(40004, "业务处理失败", "isv.business-failed:materials",
                    "materials须为1到50个素材，收到" + materials.size() + "个");
        }
        JsonObject taken = new JsonObject();
        JsonObject failed = new JsonObject();
        for (JsonElement element : materials) {
            JsonObject material = element.getAsJsonObject();
            String requestId = Json.text(material, "request_id");
            String url = Json.text(material, "url");
            if (requestId.isEmpty()) {
                return DouyinApi.error(40004, "业务处理失败", "isv.business-failed:request_id", "素材缺少request_id");
            }
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                JsonObject reason = new JsonObject();
                reason.addProperty("ErrCode", 10001);
                reason.addProperty("ErrMsg", "图片地址无法访问：" + url);
                failed.add(requestId, reason);
                continue;
            }
            JsonObject item = new JsonObject();
            item.addProperty("MaterialId", String.valueOf(market.images.get() + 1));
            item.addProperty("Name", Json.text(material, "name"));
            item.addProperty("FolderId", Json.text(material, "folder_id"));
            item.addProperty("OriginUrl", url);
            item.addProperty("ByteUrl", market.imageUrl(Json.text(material, "name")));
            item.addProperty("AuditStatus", 3);
            item.addProperty("IsNew", true);
            taken.add(requestId, item);
        }
        JsonObject data = new JsonObject();
        data.add("success_map", taken);
        data.add("failed_map", failed);
        return DouyinApi.ok(data);
    }

    SandboxReply handle(String method, JsonObject param) {
        return switch (method) {
            case "material.uploadImageSync" -> {
                JsonObject data = new JsonObject();
                data.addProperty("material_id", String.valueOf(market.images.get() + 1));
                data.addProperty("byte_url", market.imageUrl(Json.text(param, "material_name")));
                yield DouyinApi.ok(data);
            }
            case "material.batchUploadImageSync" -> batchUpload(Json.array(param, "materials"));
            case "product.addV2" -> {
                ListingDraft draft = DouyinApi.draft(param);
                String refusal = api.rules().refusal(draft);
                if (refusal != null) {
                    yield DouyinApi.error(40004, "业务处理失败", "isv.business-failed:product", refusal);
                }
                SandboxListing listing = market.store.create(draft);
                JsonObject data = new JsonObject();
                data.addProperty("product_id", Long.parseLong(listing.id));
                data.addProperty("outer_product_id", listing.outerId);
                yield DouyinApi.ok(data);
            }
            case "product.editV2" -> {
                SandboxListing listing = market.store.get(Json.text(param, "product_id"));
                ListingDraft draft = DouyinApi.draft(param);
                String refusal = listing == null ? null : api.rules().refusal(draft);
                if (listing == null) {
                    yield notFound();
                }
                if (refusal != null) {
                    yield DouyinApi.error(40004, "业务处理失败", "isv.business-failed:product", refusal);
                }
                listing.replace(draft, market.store);
                market.store.saved(listing);
                yield DouyinApi.ok(new JsonObject());
            }
            case "product.detail" -> {
                SandboxListing listing = param.has("product_id") ? market.store.get(Json.text(param, "product_id"))
                        : market.store.byOuterId(Json.text(param, "out_product_id")).stream().findFirst().orElse(null);
                yield listing == null ? notFound() : DouyinApi.ok(DouyinApi.product(listing));
            }
            case "sku.editPrice", "sku.syncStock" -> sku(method, param);
            case "product.setOffline" -> {
                SandboxListing listing = market.store.get(Json.text(param, "product_id"));
                if (listing == null) {
                    yield notFound();
                }
                synchronized (listing) {
                    listing.onSale = false;
                    market.store.saved(listing);
                }
                yield DouyinApi.ok(new JsonObject());
            }
            case "product.listV2" -> {
                int page = Math.max(1, param.has("page") ? param.get("page").getAsInt() : 1);
                int size = Math.max(1, param.has("size") ? param.get("size").getAsInt() : 10);
                JsonArray products = new JsonArray();
                market.store.page(page, size, false).forEach(listing -> products.add(DouyinApi.product(listing)));
                JsonObject data = new JsonObject();
                data.add("data", products);
                data.addProperty("total", market.store.count());
                yield DouyinApi.ok(data);
            }
            default -> DouyinApi.error(40001, "参数错误", "isv.method-not-exist", "method " + method + "不存在");
        };
    }

    private SandboxReply sku(String method, JsonObject param) {
        JsonElement outSkuId = param.get("out_sku_id");
        if (outSkuId != null && !(outSkuId.isJsonPrimitive() && outSkuId.getAsJsonPrimitive().isNumber()
                && outSkuId.getAsString().matches("-?\\d+"))) {
            // the SDK's SkuEditPriceParam / SkuSyncStockParam: out_sku_id is int64
            return DouyinApi.error(40001, "参数错误", "isv.parameter-invalid:out_sku_id", "out_sku_id须为整数（int64）");
        }
        SandboxListing listing = market.store.get(Json.text(param, "product_id"));
        SandboxSku sku = listing == null ? null : sku(listing, param);
        if (sku == null) {
            return DouyinApi.error(40004, "业务处理失败", "isv.sku-not-exist", "SKU不存在");
        }
        long value = param.has(method.equals("sku.editPrice") ? "price" : "stock_num")
                ? param.get(method.equals("sku.editPrice") ? "price" : "stock_num").getAsLong() : -1;
        boolean price = method.equals("sku.editPrice");
        if (value < 0 || price && (value < api.rules().minFen() || value > api.rules().maxFen())) {
            return DouyinApi.error(40004, "业务处理失败", "isv.business-failed:sku", "价格或库存无效");
        }
        synchronized (listing) {
            if (price) {
                sku.priceFen = value;
                market.store.saved(listing);
            } else {
                sku.stock = (int) value;
                market.store.saved(listing);
            }
        }
        return DouyinApi.ok(new JsonObject());
    }

    /** The SKU a sku.* call names: by sku_id, else by code (the merchant's SKU code). */
    private static SandboxSku sku(SandboxListing listing, JsonObject param) {
        String skuId = Json.text(param, "sku_id");
        String code = Json.text(param, "code");
        synchronized (listing) {
            for (SandboxSku sku : listing.skus) {
                if (!skuId.isEmpty() ? sku.skuId.equals(skuId) : !code.isEmpty() && sku.code.equals(code)) {
                    return sku;
                }
            }
        }
        return null;
    }

    private static SandboxReply notFound() {
        return DouyinApi.error(40004, "业务处理失败", "isv.product-not-exist", "商品不存在");
    }
}
