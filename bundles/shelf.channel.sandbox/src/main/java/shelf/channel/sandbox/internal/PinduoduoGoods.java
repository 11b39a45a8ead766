package shelf.channel.sandbox.internal;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The goods methods of the Pinduoduo simulator, for a request already authenticated. */
final class PinduoduoGoods {
    private final PinduoduoApi api;
    private final Marketplace market;

    PinduoduoGoods(PinduoduoApi api, Marketplace market) {
        this.api = api;
        this.market = market;
    }

    SandboxReply handle(String type, Map<String, String> params) {
        return switch (type) {
            case "pdd.goods.image.upload" -> {
                JsonObject response = new JsonObject();
                response.addProperty("image_url", market.imageUrl("image.jpg"));
                yield PinduoduoApi.ok("goods_image_upload_response", response);
            }
            case "pdd.goods.add" -> {
                ListingDraft draft = PinduoduoApi.draft(params);
                String refusal = api.rules().refusal(draft);
                if (refusal != null) {
                    yield PinduoduoApi.error(10000, "参数错误", "isv.goods-invalid", refusal);
                }
                SandboxListing listing = market.store.create(draft);
                JsonObject response = new JsonObject();
                response.addProperty("goods_id", Long.parseLong(listing.id));
                response.addProperty("goods_commit_id", Long.parseLong(listing.id) * 10);
                yield PinduoduoApi.ok("goods_add_response", response);
            }
            case "pdd.goods.information.update" -> {
                SandboxListing listing = market.store.get(params.get("goods_id"));
                ListingDraft draft = PinduoduoApi.draft(params);
                String refusal = listing == null ? "商品不存在" : api.rules().refusal(draft);
                if (refusal != null) {
                    yield PinduoduoApi.error(10000, "参数错误", "isv.goods-invalid", refusal);
                }
                listing.replace(draft, market.store);
                market.store.saved(listing);
                yield PinduoduoApi.success("goods_update_response");
            }
            case "pdd.goods.list.get" -> list(params);
            case "pdd.goods.detail.get" -> {
                SandboxListing listing = market.store.get(params.get("goods_id"));
                yield listing == null ? PinduoduoApi.error(10000, "参数错误", "", "商品不存在")
                        : PinduoduoApi.ok("goods_detail_get_response", PinduoduoApi.goods(listing));
            }
            case "pdd.goods.sku.price.update" -> prices(params);
            case "pdd.goods.quantity.update" -> {
                SandboxListing listing = market.store.get(params.get("goods_id"));
                SandboxSku sku = listing == null ? null : listing.sku(params.getOrDefault("outer_id", params.getOrDefault("sku_id", "")));
                int quantity = TaobaoApi.parseInt(params.getOrDefault("quantity", ""));
                if (sku == null || quantity < 0) {
                    yield PinduoduoApi.error(10000, "参数错误", "", "商品或SKU不存在，或库存无效");
                }
                synchronized (listing) {
                    sku.stock = quantity;
                    market.store.saved(listing);
                }
                yield PinduoduoApi.success("goods_quantity_update_response");
            }
            case "pdd.goods.sale.status.set" -> {
                SandboxListing listing = market.store.get(params.get("goods_id"));
                if (listing == null) {
                    yield PinduoduoApi.error(10000, "参数错误", "", "商品不存在");
                }
                synchronized (listing) {
                    listing.onSale = "1".equals(params.get("is_onsale"));
                    market.store.saved(listing);
                }
                yield PinduoduoApi.success("goods_sale_status_set_response");
            }
            default -> PinduoduoApi.error(10000, "参数错误", "", "接口" + type + "不存在");
        };
    }

    private SandboxReply list(Map<String, String> params) {
        String outerId = params.getOrDefault("outer_id", "");
        int page = Math.max(1, TaobaoApi.parseInt(params.getOrDefault("page", "1")));
        int size = Math.max(1, TaobaoApi.parseInt(params.getOrDefault("page_size", "100")));
        List<SandboxListing> listings = outerId.isEmpty() ? market.store.page(page, size, false) : market.store.byOuterId(outerId);
        JsonArray goods = new JsonArray();
        listings.forEach(listing -> goods.add(PinduoduoApi.goods(listing)));
        JsonObject response = new JsonObject();
        response.add("goods_list", goods);
        response.addProperty("total_count", outerId.isEmpty() ? market.store.count() : listings.size());
        return PinduoduoApi.ok("goods_list_get_response", response);
    }

    private SandboxReply prices(Map<String, String> params) {
        SandboxListing listing = market.store.get(params.get("goods_id"));
        if (listing == null) {
            return PinduoduoApi.error(10000, "参数错误", "", "商品不存在");
        }
        for (JsonElement element : PinduoduoApi.array(params.get("sku_price_list"))) {
            JsonObject change = element.getAsJsonObject();
            SandboxSku sku = listing.sku(PinduoduoApi.text(change, "sku_id"));
            long fen = change.has("single_price") ? change.get("single_price").getAsLong() : -1;
            if (sku == null || fen < api.rules().minFen() || fen > api.rules().maxFen()) {
                return PinduoduoApi.error(10000, "参数错误", "", "SKU不存在或价格超出范围");
            }
            synchronized (listing) {
                sku.priceFen = fen;
                market.store.saved(listing);
            }
        }
        return PinduoduoApi.success("goods_update_sku_price_response");
    }
}
