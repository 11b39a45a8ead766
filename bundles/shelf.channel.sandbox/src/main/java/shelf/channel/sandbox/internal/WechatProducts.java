package shelf.channel.sandbox.internal;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import shelf.channel.support.Json;
import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.ReviewDesk;
import shelf.channel.sandbox.kit.SandboxJson;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxSku;

/** The /channels/ec/product/* calls of the WeChat shop simulator, for a request already authenticated. */
final class WechatProducts {
    /** product/list/get's largest page_size, as the platform's document has it. */
    static final int MOST_PER_PAGE = 30;

    private final WechatApi api;
    private final Marketplace market;

    WechatProducts(WechatApi api, Marketplace market) {
        this.api = api;
        this.market = market;
    }

    SandboxReply handle(String path, JsonObject body) {
        return switch (path) {
            case "/channels/ec/product/add" -> {
                ListingDraft draft = WechatApi.draft(body);
                String refusal = WechatApi.thumbRefusal(draft) != null ? WechatApi.thumbRefusal(draft) : api.rules().refusal(draft);
                if (refusal != null) {
                    yield WechatApi.error(10020001, refusal);
                }
                JsonObject data = new JsonObject();
                SandboxListing created = market.store.create(draft);
                if (!submittedForListing(created, body, draft.title())) {
                    synchronized (created) {
                        created.onSale = false; // a draft never listed is not on sale
                    }
                }
                data.addProperty("product_id", created.id);
                data.addProperty("create_time", java.time.LocalDateTime.now().withNano(0).toString().replace('T', ' '));
                yield WechatApi.ok("data", data);
            }
            case "/channels/ec/product/update" -> {
                SandboxListing listing = market.store.get(Json.text(body, "product_id"));
                if (listing == null) {
                    yield notFound();
                }
                ListingDraft draft = WechatApi.draft(body);
                String refusal = WechatApi.thumbRefusal(draft) != null ? WechatApi.thumbRefusal(draft) : api.rules().refusal(draft);
                if (refusal != null) {
                    yield WechatApi.error(10020001, refusal);
                }
                listing.replace(draft, market.store);
                market.store.saved(listing);
                submittedForListing(listing, body, draft.title());
                yield WechatApi.ok(null, null);
            }
            case "/channels/ec/product/listing" -> {
                SandboxListing listing = market.store.get(Json.text(body, "product_id"));
                if (listing == null) {
                    yield notFound();
                }
                market.drafts.remove(listing.id);
                market.reviews.submit(listing.id, listing.title);
                yield WechatApi.ok(null, null);
            }
            case "/channels/ec/product/get" -> get(body);
            case "/channels/ec/product/list/get" -> list(body);
            case "/channels/ec/product/stock/update" -> {
                SandboxListing listing = market.store.get(Json.text(body, "product_id"));
                SandboxSku sku = listing == null ? null : listing.sku(Json.text(body, "sku_id"));
                int num = body.has("num") ? body.get("num").getAsInt() : -1;
                if (sku == null || num < 0) {
                    yield WechatApi.error(10020002, "sku not exist or invalid num");
                }
                synchronized (listing) {
                    int diff = body.has("diff_type") ? body.get("diff_type").getAsInt() : 3;
                    sku.stock = diff == 1 ? sku.stock + num : diff == 2 ? Math.max(0, sku.stock - num) : num;
                    market.store.saved(listing);
                }
                yield WechatApi.ok(null, null);
            }
            case "/channels/ec/product/delisting" -> {
                SandboxListing listing = market.store.get(Json.text(body, "product_id"));
                if (listing == null) {
                    yield notFound();
                }
                synchronized (listing) {
                    listing.onSale = false;
                    market.store.saved(listing);
                }
                yield WechatApi.ok(null, null);
            }
            default -> WechatApi.error(40066, "invalid url");
        };
    }

    /**
     * product/get: data_type 1 (default) the product online, 2 its draft (edit_product, with edit_status 1 编辑中 /
     * 2 审核中 / 3 审核失败 / 4 审核成功 and audit_info.reject_reason), 3 both.
     */
    private SandboxReply get(JsonObject body) {
        SandboxListing listing = market.store.get(Json.text(body, "product_id"));
        if (listing == null) {
            return notFound();
        }
        int dataType = body.has("data_type") ? body.get("data_type").getAsInt() : 1;
        JsonObject answer = new JsonObject();
        answer.addProperty("errcode", 0);
        answer.addProperty("errmsg", "ok");
        if (dataType != 2) {
            answer.add("product", WechatApi.product(listing));
        }
        if (dataType != 1) {
            ReviewDesk.Review review = market.reviews.ofListing(listing.id);
            ReviewDesk.State state = market.reviews.read(review);
            JsonObject draft = WechatApi.product(listing);
            draft.addProperty("edit_status", market.drafts.contains(listing.id) ? 1
                    : state == ReviewDesk.State.IN_REVIEW ? 2 : state == ReviewDesk.State.APPROVED ? 4 : 3);
            JsonObject audit = new JsonObject();
            audit.addProperty("reject_reason", state == ReviewDesk.State.REJECTED ? review.rejection : "");
            draft.add("audit_info", audit);
            answer.add("edit_product", draft);
        }
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    /**
     * product/list/get: ids a page at a time, next_key the offset. Like the platform's (its document: status,
     * page_size — default 10, at most 30 — and next_key) it has no out_product_id filter: one sent is ignored.
     */
    private SandboxReply list(JsonObject body) {
        int size = Math.max(1, body.has("page_size") ? body.get("page_size").getAsInt() : 10);
        if (size > MOST_PER_PAGE) {
            return WechatApi.error(40097, "invalid args: page_size不超过" + MOST_PER_PAGE);
        }
        String key = Json.text(body, "next_key");
        int offset = key.isEmpty() ? 0 : Integer.parseInt(key);
        List<SandboxListing> listings = market.store.page(offset / size + 1, size, false);
        JsonArray ids = new JsonArray();
        listings.forEach(listing -> ids.add(listing.id));
        JsonObject answer = new JsonObject();
        answer.addProperty("errcode", 0);
        answer.addProperty("errmsg", "ok");
        answer.add("product_ids", ids);
        answer.addProperty("next_key", String.valueOf(offset + listings.size()));
        answer.addProperty("total_num", market.store.count());
        return SandboxReply.ok(SandboxJson.text(answer));
    }

    /**
     * product/add and product/update change the product's draft only (the document's 草稿 and 线上数据): listing 1
     * in the same call, or a later product/listing, sends the draft for review, and it goes on sale once approved.
     * Without it the draft stays 编辑中 and nothing changes in the shop.
     */
    private boolean submittedForListing(SandboxListing listing, JsonObject body, String title) {
        if (body.has("listing") && body.get("listing").isJsonPrimitive() && body.get("listing").getAsInt() == 1) {
            market.drafts.remove(listing.id);
            market.reviews.submit(listing.id, title);
            return true;
        }
        market.drafts.add(listing.id);
        return false;
    }

    private static SandboxReply notFound() {
        return WechatApi.error(10020050, "product not exist");
    }
}
