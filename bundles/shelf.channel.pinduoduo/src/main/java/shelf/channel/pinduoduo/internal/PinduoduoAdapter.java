package shelf.channel.pinduoduo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import shelf.api.catalog.Product;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelLimits.TitleCounting;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;
import shelf.channel.support.ChannelConfig;
import shelf.channel.support.ImageUploads;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformAdapter;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.ReviewedListings;
import shelf.channel.support.ReviewFollow;
import shelf.channel.support.ShelfChannel;

/** Pinduoduo through the pop router (pdd.goods.add, pdd.goods.list.get, pdd.goods.quantity.update …). */
@Component(service = ChannelAdapter.class, configurationPid = "shelf.channel.pinduoduo")
@ShelfChannel("pinduoduo")
public class PinduoduoAdapter extends PlatformAdapter {
    static final ChannelLimits LIMITS = new ChannelLimits(60, TitleCounting.GBK_BYTES, 10, 600, 2, "pinduoduo-carousel-750",
            List.of());
    private PopClient pop;
    private PddSpecs specs;
    /** goods_commit_id of each goods' last submission, for a retry that follows a review already under way. */
    private final Map<String, String> commitIds = new java.util.concurrent.ConcurrentHashMap<>();

    public PinduoduoAdapter() {
        super("pinduoduo", "拼多多", "pop router V1 (data_type JSON)", LIMITS);
    }

    /** {@inheritDoc} (the pop router signs with MD5 only) */
    @Override
    protected java.util.List<String> signMethods() {
        return java.util.List.of("md5");
    }

    @Activate
    void activate(ChannelConfig config, BundleContext context) {
        start(config, context);
        pop = new PopClient(settings, http, () -> uri(PopClient.GATEWAY_PATH), Clock.systemUTC());
        specs = new PddSpecs(pop::call, platformIds);
    }

    /** The journals' files closed: a bundle stopped or updated leaves none open. */
    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        stop();
    }

    /**
     * pdd.goods.add, then the platform's review of the goods commit it answers with, followed through
     * pdd.goods.commit.detail.get. A product whose goods are in review or were rejected is sent to those goods.
     */
    @Override
    public String create(Product product) throws ChannelException {
        Optional<String> earlier = reviewed.resubmitted(product.spuCode(), id -> update(id, product));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<String, String> params = params(product);
        JsonObject answer = pop.call("pdd.goods.add", params);
        String goodsId = Json.text(answer, "goods_id");
        follow(product.spuCode(), goodsId, Json.text(answer, "goods_commit_id"), ReviewedListings.digest(params.toString()));
        return goodsId;
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        Map<String, String> base = params(product);
        String digest = ReviewedListings.digest(base.toString()); // what pdd.goods.add would send: the same submission either way
        Map<String, String> params = new java.util.LinkedHashMap<>(base);
        params.put("goods_id", listingId);
        String commitId = reviewed.underReview(product.spuCode(), listingId, digest) ? commitIds.get(listingId) : null;
        if (commitId == null) {
            commitId = Json.text(pop.call("pdd.goods.information.update", params), "goods_commit_id");
        }
        follow(product.spuCode(), listingId, commitId, digest);
    }

    /**
     * Follows the review of one goods commit: goods_status 0 编辑中 / 1 待审核 → in review, 2 审核通过, 3 审核驳回
     * with commit_message the reason (open-pdd-net-sdk GetGoodsCommitDetailResponseModel). An answer without a
     * goods_commit_id leaves nothing to follow.
     */
    private void follow(String outerId, String goodsId, String commitId, String digest) throws ChannelException {
        if (commitId == null || commitId.isEmpty()) {
            return;
        }
        commitIds.put(goodsId, commitId);
        reviewed.follow(outerId, goodsId, digest, () -> {
            JsonObject detail = pop.call("pdd.goods.commit.detail.get", Map.of("goods_commit_id", commitId, "goods_id", goodsId));
            return switch (Json.text(detail, "goods_status")) {
                case "2" -> ReviewFollow.Verdict.approved();
                case "3" -> ReviewFollow.Verdict.rejected(Json.text(detail, "commit_message"));
                default -> ReviewFollow.Verdict.inReview();
            };
        });
    }

    private Map<String, String> params(Product product) throws ChannelException {
        skus(product);
        PlatformCategory category = category(product);
        requireAttributes(product, category);
        ImageUploads.Uploader upload = image -> image.remote() ? image.source()
                : Json.text(pop.call("pdd.goods.image.upload", Map.of("image", "data:image/jpeg;base64,"
                        + Base64.getEncoder().encodeToString(image.bytes()))), "image_url");
        Map<String, String> specIds = new java.util.HashMap<>();
        for (shelf.api.catalog.Sku sku : product.skus()) {
            specIds.put(sku.skuCode(), specs.specIdList(category.id(), sku));
        }
        // each SKU's own picture (its colour's photo) as its thumb_url, uploaded like the gallery
        List<shelf.api.catalog.Sku> pictured = product.skus().stream().filter(s -> !s.image().isEmpty()).toList();
        List<String> urls = images.urls(pictured.stream().map(shelf.api.catalog.Sku::image).toList(), upload);
        Map<String, String> thumbs = new java.util.HashMap<>();
        for (int i = 0; i < pictured.size(); i++) {
            thumbs.put(pictured.get(i).skuCode(), urls.get(i));
        }
        return PddGoods.params(product, category, images.urls(product.mainImages(), upload),
                images.urls(product.detailImages(), upload), specIds, thumbs);
    }

    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        JsonObject response = pop.call("pdd.goods.list.get", Map.of("outer_id", outerId, "page", "1", "page_size", "10"));
        return withOuterId(outerId, Json.array(response, "goods_list"), PddGoods::listing);
    }

    @Override
    public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
        JsonObject sku = new JsonObject();
        sku.addProperty("sku_id", skuId(listingId, skuOuterId,
                id -> PddGoods.listing(pop.call("pdd.goods.detail.get", Map.of("goods_id", id)))));
        sku.addProperty("group_price", fen(price));
        sku.addProperty("single_price", fen(price));
        JsonArray list = new JsonArray();
        list.add(sku);
        pop.call("pdd.goods.sku.price.update", Map.of("goods_id", listingId, "sku_price_list", Json.GSON.toJson(list)));
    }

    @Override
    public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
        pop.call("pdd.goods.quantity.update", Map.of("goods_id", listingId, "outer_id", skuOuterId,
                "quantity", String.valueOf(stock), "update_type", "1"));
    }

    @Override
    public void delist(String listingId) throws ChannelException {
        pop.call("pdd.goods.sale.status.set", Map.of("goods_id", listingId, "is_onsale", "0"));
    }

    @Override
    public ListingPage listings(String cursor, int pageSize) throws ChannelException {
        int page = pageNumber(cursor);
        JsonObject response = pop.call("pdd.goods.list.get", Map.of("page", String.valueOf(page), "page_size",
                String.valueOf(pageSize)));
        List<ChannelListing> listings = new ArrayList<>();
        Json.array(response, "goods_list").forEach(goods -> listings.add(PddGoods.listing(goods.getAsJsonObject())));
        return page(listings, page, pageSize, Json.text(response, "total_count"));
    }
}
