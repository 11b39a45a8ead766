package shelf.channel.sandbox.internal;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.ReviewDesk;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxSku;

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
            case "pdd.goods.spec.get" -> specs(params);
            case "pdd.goods.spec.id.get" -> specId(params);
            case "pdd.goods.commit.detail.get" -> commit(params);
            case "pdd.goods.add" -> {
                ListingDraft draft = PinduoduoApi.draft(params, market);
                String refusal = refusal(params, draft);
                if (refusal != null) {
                    yield PinduoduoApi.error(10000, "参数错误", "isv.goods-invalid", refusal);
                }
                SandboxListing listing = market.store.create(draft);
                JsonObject response = new JsonObject();
                response.addProperty("goods_id", Long.parseLong(listing.id));
                response.addProperty("goods_commit_id", Long.parseLong(market.reviews.submit(listing.id, draft.title()).commitId));
                yield PinduoduoApi.ok("goods_add_response", response);
            }
            case "pdd.goods.information.update" -> {
                SandboxListing listing = market.store.get(params.get("goods_id"));
                ListingDraft draft = PinduoduoApi.draft(params, market);
                String refusal = listing == null ? "商品不存在" : refusal(params, draft);
                if (refusal != null) {
                    yield PinduoduoApi.error(10000, "参数错误", "isv.goods-invalid", refusal);
                }
                listing.replace(draft, market.store);
                market.store.saved(listing);
                JsonObject response = new JsonObject();
                response.addProperty("is_success", true);
                response.addProperty("goods_commit_id", Long.parseLong(market.reviews.submit(listing.id, draft.title()).commitId));
                yield PinduoduoApi.ok("goods_update_response", response);
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

    private String refusal(Map<String, String> params, ListingDraft draft) {
        String specs = PinduoduoApi.specRefusal(params, market);
        return specs != null ? specs : api.rules().refusal(draft);
    }

    /** pdd.goods.spec.get: the category's specs (every sandbox category has 颜色 and 尺码). */
    private SandboxReply specs(Map<String, String> params) {
        String cat = params.getOrDefault("cat_id", "");
        if (!cat.matches("\\d+")) {
            return PinduoduoApi.error(10000, "参数错误", "", "cat_id须为叶子类目ID");
        }
        JsonArray list = new JsonArray();
        CategoryProps.pinduoduoSpecs().forEach((id, name) -> {
            JsonObject spec = new JsonObject();
            spec.addProperty("cat_id", Long.parseLong(cat));
            spec.addProperty("parent_spec_id", Long.parseLong(id));
            spec.addProperty("parent_spec_name", name);
            list.add(spec);
        });
        JsonObject response = new JsonObject();
        response.add("goods_spec_list", list);
        return PinduoduoApi.ok("goods_spec_get_response", response);
    }

    /**
     * pdd.goods.spec.id.get: the id of a value under a spec, the same id each time it is asked — also after a
     * restart, since ids an adapter kept must still be good.
     */
    private SandboxReply specId(Map<String, String> params) {
        String parent = params.getOrDefault("parent_spec_id", "");
        String name = params.getOrDefault("spec_name", "");
        if (!CategoryProps.pinduoduoSpecs().containsKey(parent) || name.isBlank()) {
            return PinduoduoApi.error(10000, "参数错误", "", "parent_spec_id不存在或spec_name为空");
        }
        String id = PinduoduoApi.specId(parent, name);
        market.issued.put("spec id " + id, parent + " " + name);
        JsonObject response = new JsonObject();
        response.addProperty("parent_spec_id", Long.parseLong(parent));
        response.addProperty("spec_name", name);
        response.addProperty("spec_id", Long.parseLong(id));
        return PinduoduoApi.ok("goods_spec_id_get_response", response);
    }

    /** pdd.goods.commit.detail.get: goods_status 1 待审核, 2 审核通过, 3 审核驳回 with commit_message. */
    private SandboxReply commit(Map<String, String> params) {
        ReviewDesk.Review review = market.reviews.ofCommit(params.getOrDefault("goods_commit_id", ""));
        if (review == null || !review.listingId.equals(params.getOrDefault("goods_id", ""))) {
            return PinduoduoApi.error(10000, "参数错误", "", "goods_commit_id与goods_id不匹配或不存在");
        }
        ReviewDesk.State state = market.reviews.read(review);
        JsonObject response = new JsonObject();
        response.addProperty("goods_commit_id", Long.parseLong(review.commitId));
        response.addProperty("goods_id", Long.parseLong(review.listingId));
        response.addProperty("goods_status", state == ReviewDesk.State.IN_REVIEW ? 1 : state == ReviewDesk.State.APPROVED ? 2 : 3);
        response.addProperty("commit_message", state == ReviewDesk.State.REJECTED ? review.rejection : "");
        return PinduoduoApi.ok("goods_commit_detail_response", response);
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
