package shelf.channel.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.channel.support.Json;
import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.ReviewDesk;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxSku;

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
            case "open.binaryupload" -> binary(param);
            case "material.uploadImageSync" -> uploadImage(param);
            case "material.queryMaterialDetail" -> {
                String url = market.issued.get("material " + Json.text(param, "material_id"));
                if (url == null) {
                    yield DouyinApi.error(40004, "业务处理失败", "isv.material-not-exist", "素材不存在");
                }
                JsonObject info = new JsonObject();
                info.addProperty("material_id", Json.text(param, "material_id"));
                info.addProperty("audit_status", 3);
                info.addProperty("byte_url", url);
                JsonObject data = new JsonObject();
                data.add("material_info", info);
                yield DouyinApi.ok(data);
            }
            case "material.batchUploadImageSync" -> batchUpload(Json.array(param, "materials"));
            case "product.addV2" -> {
                ListingDraft draft = DouyinApi.draft(param);
                String refusal = DouyinApi.pictureRefusal(param) != null ? DouyinApi.pictureRefusal(param) : api.rules().refusal(draft);
                if (refusal != null) {
                    yield DouyinApi.error(40004, "业务处理失败", "isv.business-failed:product", refusal);
                }
                SandboxListing listing = market.store.create(draft);
                market.reviews.submit(listing.id, draft.title());
                JsonObject data = new JsonObject();
                data.addProperty("product_id", Long.parseLong(listing.id));
                data.addProperty("outer_product_id", listing.outerId);
                yield DouyinApi.ok(data);
            }
            case "product.editV2" -> {
                SandboxListing listing = market.store.get(Json.text(param, "product_id"));
                ListingDraft draft = DouyinApi.draft(param);
                if (listing == null) {
                    yield notFound();
                }
                String refusal = DouyinApi.pictureRefusal(param) != null ? DouyinApi.pictureRefusal(param) : api.rules().refusal(draft);
                if (refusal != null) {
                    yield DouyinApi.error(40004, "业务处理失败", "isv.business-failed:product", refusal);
                }
                listing.replace(draft, market.store);
                market.store.saved(listing);
                market.reviews.submit(listing.id, draft.title());
                yield DouyinApi.ok(new JsonObject());
            }
            case "product.detail" -> {
                SandboxListing listing = param.has("product_id") ? market.store.get(Json.text(param, "product_id"))
                        : market.store.byOuterId(Json.text(param, "out_product_id")).stream().findFirst().orElse(null);
                yield listing == null ? notFound()
                        : DouyinApi.ok(DouyinApi.product(listing, market.reviews.read(market.reviews.ofListing(listing.id))));
            }
            case "product.auditList" -> auditList(param);
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
                market.store.page(page, size, false).forEach(listing -> products.add(DouyinApi.product(listing,
                        market.reviews.peek(market.reviews.ofListing(listing.id)))));
                JsonObject data = new JsonObject();
                data.add("data", products);
                data.addProperty("total", market.store.count());
                yield DouyinApi.ok(data);
            }
            default -> DouyinApi.error(40001, "参数错误", "isv.method-not-exist", "method " + method + "不存在");
        };
    }

    /**
     * open.binaryupload: file_content is the file, Base64-encoded (the SDKs type it as a string); answers the
     * store_uri material.uploadImageSync takes as file_uri. Only JPEG, PNG, GIF and WebP are taken.
     */
    private SandboxReply binary(JsonObject param) {
        byte[] bytes;
        try {
            bytes = java.util.Base64.getDecoder().decode(Json.text(param, "file_content"));
        } catch (IllegalArgumentException e) {
            return DouyinApi.error(40001, "参数错误", "isv.parameter-invalid:file_content", "file_content不是Base64编码的文件内容");
        }
        if (!image(bytes)) {
            return DouyinApi.error(40004, "业务处理失败", "isv.business-failed:file_content", "file_content不是png/jpg/gif/webp图片");
        }
        market.received(bytes); // a file sent as Base64 text, counted among the files (sandbox:files) all the same
        String uri = "tos-cn-i-sandbox/" + Long.toString(System.nanoTime(), 36);
        market.issued.put("store " + uri, String.valueOf(bytes.length));
        JsonObject data = new JsonObject();
        data.addProperty("store_uri", uri);
        return DouyinApi.ok(data);
    }

    private static boolean image(byte[] b) {
        return b.length > 4 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xD8 || b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N'
                || b[0] == 'G' && b[1] == 'I' && b[2] == 'F' || b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B');
    }

    /**
     * material.uploadImageSync: url (fetched, so public http(s)) or file_uri (a store_uri of open.binaryupload),
     * "url和file_uri二选一"; answers material_id, audit_status 3 and byte_url.
     */
    private SandboxReply uploadImage(JsonObject param) {
        String url = Json.text(param, "url");
        String fileUri = Json.text(param, "file_uri");
        if (url.isEmpty() && fileUri.isEmpty()) {
            return DouyinApi.error(40001, "参数错误", "isv.parameter-invalid:url", "url和file_uri不能同时为空");
        }
        if (!url.isEmpty() && !url.startsWith("http://") && !url.startsWith("https://")) {
            return DouyinApi.error(40004, "业务处理失败", "isv.business-failed:url", "图片地址无法访问：" + url);
        }
        if (url.isEmpty() && !market.issued.containsKey("store " + fileUri)) {
            return DouyinApi.error(40004, "业务处理失败", "isv.business-failed:file_uri", "file_uri不存在：" + fileUri);
        }
        String materialId = String.valueOf(market.images.get() + 1);
        String byteUrl = market.imageUrl(Json.text(param, "material_name"));
        market.issued.put("material " + materialId, byteUrl);
        JsonObject data = new JsonObject();
        data.addProperty("material_id", materialId);
        data.addProperty("folder_id", Json.text(param, "folder_id"));
        data.addProperty("is_new", true);
        data.addProperty("audit_status", 3);
        data.addProperty("byte_url", byteUrl);
        return DouyinApi.ok(data);
    }

    /** product.auditList: the product's newest review record of the asked publish_status (2 = 审核拒绝). */
    private SandboxReply auditList(JsonObject param) {
        ReviewDesk.Review review = market.reviews.ofListing(Json.text(param, "product_id"));
        JsonArray records = new JsonArray();
        int wanted = param.has("publish_status") ? param.get("publish_status").getAsInt() : -1;
        ReviewDesk.State state = market.reviews.peek(review);
        int status = state == ReviewDesk.State.IN_REVIEW ? 0 : state == ReviewDesk.State.APPROVED ? 1 : 2;
        if (review != null && (wanted < 0 || wanted == status)) {
            JsonObject record = new JsonObject();
            record.addProperty("product_id", Long.parseLong(review.listingId));
            record.addProperty("publish_status", status);
            JsonObject reasons = new JsonObject();
            if (status == 2) {
                JsonArray texts = new JsonArray();
                texts.add(review.rejection);
                reasons.add("商品标题", texts);
            }
            record.add("audit_reason", reasons);
            records.add(record);
        }
        JsonObject data = new JsonObject();
        data.add("records", records);
        data.addProperty("total", records.size());
        return DouyinApi.ok(data);
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
