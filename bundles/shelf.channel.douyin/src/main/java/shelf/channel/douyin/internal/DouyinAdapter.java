package shelf.channel.douyin.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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
import shelf.api.channel.ChannelException.Kind;
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
import shelf.channel.support.ShelfChannel;

/** Douyin shop (抖店) through its open API v2 (product.addV2, product.detail, sku.syncStock …). */
@Component(service = ChannelAdapter.class, configurationPid = "shelf.channel.douyin")
@ShelfChannel("douyin")
public class DouyinAdapter extends PlatformAdapter {
    static final ChannelLimits LIMITS = new ChannelLimits(60, TitleCounting.GBK_BYTES, 5, 600, 3, "douyin-main-600",
            List.of("品牌"));
    /** The most images material.batchUploadImageSync takes in one request. */
    static final int IMAGES_PER_UPLOAD = 50;
    private DoudianClient client;
    private DouyinReviews reviews;
    private DouyinMaterials materials;

    public DouyinAdapter() {
        super("douyin", "抖店", "抖店开放平台 v2 (sign_method hmac-sha256)", LIMITS);
    }

    /** {@inheritDoc} (the guide offers both; DoudianClient uses hmac-sha256 when none is set) */
    @Override
    protected java.util.List<String> signMethods() {
        return java.util.List.of("hmac-sha256", "md5");
    }

    @Activate
    void activate(ChannelConfig config, BundleContext context) {
        start(config, context);
        client = new DoudianClient(settings, http, () -> uri(""), Clock.systemUTC());
        reviews = new DouyinReviews(client::call);
        materials = new DouyinMaterials(client::call, review);
    }

    /** The journals' files closed: a bundle stopped or updated leaves none open. */
    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        stop();
    }

    /**
     * product.addV2 (commit=true submits it for review), then the review followed through product.detail. A
     * product whose listing is in review or was rejected is sent to that listing instead.
     */
    @Override
    public String create(Product product) throws ChannelException {
        Optional<String> earlier = reviewed.resubmitted(product.spuCode(), id -> update(id, product));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        JsonObject param = param(product);
        String digest = ReviewedListings.digest(Json.canonical(param));
        String productId = Json.text(client.call("product.addV2", param), "product_id");
        reviewed.follow(product.spuCode(), productId, digest, () -> reviews.verdict(productId));
        return productId;
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        JsonObject param = param(product);
        String digest = ReviewedListings.digest(Json.canonical(param)); // what addV2 would send: the same submission either way
        if (!reviewed.underReview(product.spuCode(), listingId, digest)) {
            param.addProperty("product_id", Long.parseLong(listingId));
            client.call("product.editV2", param);
        }
        reviewed.follow(product.spuCode(), listingId, digest, () -> reviews.verdict(listingId));
    }

    private JsonObject param(Product product) throws ChannelException {
        skus(product);
        PlatformCategory category = category(product);
        requireAttributes(product, category);
        List<String> sources = new ArrayList<>(product.mainImages());
        sources.addAll(product.detailImages());
        // each colour's own picture goes up with the others, and into spec_pic (see DouyinProduct)
        Map<String, String> pictures = DouyinProduct.mainSpecPictures(product.skus());
        pictures.values().stream().filter(source -> !source.isEmpty()).forEach(sources::add);
        if (product.mainImages().size() + product.detailImages().size() + pictures.size() > DouyinProduct.IMAGES_MAX) {
            throw new ChannelException(Kind.REFUSED, "image.count", "抖店一个商品的主图、详情图和规格图合计不得超过"
                    + DouyinProduct.IMAGES_MAX + "张，商品" + product.spuCode() + "有" + product.mainImages().size() + "张主图、"
                    + product.detailImages().size() + "张详情图、" + pictures.size() + "张规格图：请减少详情图");
        }
        List<String> urls = images.urls(sources, IMAGES_PER_UPLOAD, this::upload);
        int main = product.mainImages().size();
        int detail = main + product.detailImages().size();
        List<String> specPics = new ArrayList<>();
        int next = detail;
        for (String source : pictures.values()) {
            // a colour without a picture of its own shows the product's first main image, as its SKUs did before
            specPics.add(source.isEmpty() ? (main > 0 ? urls.get(0) : "") : urls.get(next++));
        }
        if (specPics.contains("")) {
            throw new ChannelException(Kind.REFUSED, "image.spec", "抖店的规格图（spec_pic）要每个" + mainSpec(product)
                    + "一张：商品" + product.spuCode() + "有的" + mainSpec(product) + "没有图片，也没有主图可以代替，请给每个SKU填写图片");
        }
        return DouyinProduct.param(product, category, urls.subList(0, main), urls.subList(main, detail), specPics);
    }

    private static String mainSpec(Product product) {
        return product.skus().stream().filter(s -> !s.specs().isEmpty()).map(s -> s.specs().keySet().iterator().next())
                .findFirst().orElse("规格");
    }

    /**
     * Local files go up one by one through the binary upload (see {@link DouyinMaterials}); URLs in one
     * material.batchUploadImageSync, which fetches each image from its public URL into the shop's material
     * centre and answers per request_id — our image's position in the request — with the URL to use, or why it
     * could not take it.
     */
    private ImageUploads.BatchReply upload(List<ImageUploads.Image> batch) throws ChannelException {
        Map<String, String> urls = new HashMap<>();
        Map<String, ChannelException> refused = new HashMap<>();
        List<ImageUploads.Image> remote = new ArrayList<>();
        for (ImageUploads.Image image : batch) {
            if (image.remote()) {
                remote.add(image);
            } else {
                urls.put(image.source(), materials.upload(image));
            }
        }
        if (remote.isEmpty()) {
            return new ImageUploads.BatchReply(urls, refused);
        }
        JsonArray list = new JsonArray();
        for (int i = 0; i < remote.size(); i++) {
            ImageUploads.Image image = remote.get(i);
            JsonObject material = new JsonObject();
            material.addProperty("request_id", String.valueOf(i));
            material.addProperty("folder_id", "0");
            material.addProperty("material_type", "photo");
            material.addProperty("name", image.fileName());
            material.addProperty("url", image.source());
            list.add(material);
        }
        JsonObject param = new JsonObject();
        param.add("materials", list);
        param.addProperty("need_distinct", true);
        JsonObject data = client.call("material.batchUploadImageSync", param);
        JsonObject taken = Json.child(data, "success_map");
        JsonObject failed = Json.child(data, "failed_map");
        for (int i = 0; i < remote.size(); i++) {
            String source = remote.get(i).source();
            String id = String.valueOf(i);
            if (taken.has(id)) {
                urls.put(source, Json.text(taken.getAsJsonObject(id), "ByteUrl"));
            } else if (failed.has(id)) {
                JsonObject reason = failed.getAsJsonObject(id);
                refused.put(source, DouyinErrors.classify(Json.text(reason, "ErrCode"), "",
                        "图片" + source + "上传失败：" + Json.text(reason, "ErrMsg")));
            }
        }
        return new ImageUploads.BatchReply(urls, refused);
    }

    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        JsonObject param = new JsonObject();
        param.addProperty("out_product_id", outerId);
        try {
            ChannelListing listing = DouyinProduct.listing(client.call("product.detail", param));
            learnSkuIds(listing.listingId(), listing.skuIds());
            return Optional.of(listing);
        } catch (ChannelException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
        JsonObject param = skuParam(listingId, skuOuterId);
        param.addProperty("price", fen(price));
        client.call("sku.editPrice", param);
    }

    @Override
    public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
        JsonObject param = skuParam(listingId, skuOuterId);
        param.addProperty("stock_num", stock);
        param.addProperty("incremental", false);
        client.call("sku.syncStock", param);
    }

    /**
     * Names the SKU by the platform's sku_id (int64, learnt from product.detail): the SDK types out_sku_id as
     * int64 too (api/sku_editPrice and sku_syncStock request.go), so our SKU code cannot travel there, and
     * {@code code} may carry the barcode (see {@link DouyinProduct#specPrices}).
     */
    private JsonObject skuParam(String listingId, String skuOuterId) throws ChannelException {
        String skuId = skuId(listingId, skuOuterId, id -> {
            JsonObject detail = new JsonObject();
            detail.addProperty("product_id", Long.parseLong(id));
            return DouyinProduct.listing(client.call("product.detail", detail));
        });
        JsonObject param = new JsonObject();
        param.addProperty("product_id", Long.parseLong(listingId));
        param.addProperty("sku_id", Long.parseLong(skuId));
        return param;
    }

    @Override
    public void delist(String listingId) throws ChannelException {
        JsonObject param = new JsonObject();
        param.addProperty("product_id", Long.parseLong(listingId));
        client.call("product.setOffline", param);
    }

    @Override
    public ListingPage listings(String cursor, int pageSize) throws ChannelException {
        int page = pageNumber(cursor);
        JsonObject param = new JsonObject();
        param.addProperty("page", page);
        param.addProperty("size", pageSize);
        JsonObject data = client.call("product.listV2", param);
        List<ChannelListing> listings = new ArrayList<>();
        Json.array(data, "data").forEach(product -> listings.add(DouyinProduct.listing(product.getAsJsonObject())));
        return page(listings, page, pageSize, Json.text(data, "total"));
    }
}
