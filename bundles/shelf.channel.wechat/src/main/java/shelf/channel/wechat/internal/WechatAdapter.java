package shelf.channel.wechat.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
import shelf.channel.support.ReviewFollow;
import shelf.channel.support.ShelfChannel;

/** The WeChat shop (微信小店 / 视频号小店) through /channels/ec/product/* with an access token. */
@Component(service = ChannelAdapter.class, configurationPid = "shelf.channel.wechat")
@ShelfChannel("wechat")
public class WechatAdapter extends PlatformAdapter {
    static final ChannelLimits LIMITS = new ChannelLimits(60, TitleCounting.CHARACTERS, 9, 500, 5, "wechat-main-800", List.of());
    /** product/list/get's page size: the most the call takes (its document: 每页数量, 默认10, 不超过30). */
    static final int PAGE_SIZE = 30;
    /**
     * product/add and product/update change only the product's draft: listing 1 sends it for review in the same
     * call, and it goes on sale once approved. Without it the draft stays 编辑中 and nothing reaches the shop
     * (the document of product/listing: 草稿数据 and 线上数据).
     */
    static final int SEND_FOR_LISTING = 1;
    /** Tries of each read during a search: a search is many reads, and one busy answer must not lose it. */
    static final int READ_TRIES = 5;
    /** The most products one search by outer id reads before it gives up. */
    static final int MOST_SEARCHED = 20_000;
    /** Products read at once while the shop is read for a lookup. */
    static final int READERS = 8;
    /**
     * How many pages of the shop, and how long, a lookup waits for at the least before it is told to ask again
     * later: a shop of up to 150 products, or one read in two seconds, answers at once.
     */
    static final int PATIENT_PAGES = 5;
    static final long PATIENT_MILLIS = 2_000;
    private WechatClient client;
    private final ShopWalk walks = new ShopWalk(this::readShop, "微信小店", PATIENT_PAGES, PATIENT_MILLIS);
    private final java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(READERS, r -> {
        Thread thread = new Thread(r, "shelf-wechat-product-read");
        thread.setDaemon(true);
        return thread;
    });
    /** product_id → out_product_id of products read before: fixed once set, so the search need not read them again. */
    private final Map<String, String> outerIds = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MOST_SEARCHED;
        }
    });

    public WechatAdapter() {
        super("wechat", "微信小店", "channels/ec product API (2024)", LIMITS);
    }

    @Activate
    void activate(ChannelConfig config, BundleContext context) {
        start(config, context);
        client = new WechatClient(settings, http, () -> uri(""), Clock.systemUTC());
    }

    /**
     * product/add submits the product for review; the review is followed through product/get (see
     * {@link #verdict}). A product whose listing is in review or was rejected is sent to that listing instead.
     */
    @Override
    public String create(Product product) throws ChannelException {
        Optional<String> earlier = reviewed.resubmitted(product.spuCode(), id -> update(id, product));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        JsonObject body = body(product);
        String digest = ReviewedListings.digest(body.toString());
        String id = Json.text(Json.child(client.post("/channels/ec/product/add", body), "data"), "product_id");
        outerIds.put(id, product.spuCode());
        reviewed.follow(product.spuCode(), id, digest, () -> verdict(id));
        return id;
    }

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        readers.shutdownNow();
        stop();
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        JsonObject body = body(product);
        String digest = ReviewedListings.digest(body.toString()); // what product/add would send: the same submission either way
        if (!reviewed.underReview(product.spuCode(), listingId, digest)) {
            body.addProperty("product_id", listingId);
            client.post("/channels/ec/product/update", body);
        }
        reviewed.follow(product.spuCode(), listingId, digest, () -> verdict(listingId));
    }

    /**
     * The review of the product's draft, as product/get with data_type 2 answers it: edit_product.edit_status
     * 2 审核中 (1 编辑中, 7 异步提交上传中 likewise not decided), 3 审核失败 with
     * edit_product.audit_info.reject_reason, 8 异步提交上传失败, 4 审核成功; 0 (no draft) leaves what is online.
     * The field names are the platform document's (WxJava's SpuInfo has edit_status, not audit_info).
     */
    private ReviewFollow.Verdict verdict(String productId) throws ChannelException {
        JsonObject draft = productData(productId, 2, "edit_product");
        String reason = Json.text(Json.child(draft, "audit_info"), "reject_reason");
        return switch (Json.text(draft, "edit_status")) {
            case "3" -> ReviewFollow.Verdict.rejected(reason);
            case "8" -> ReviewFollow.Verdict.rejected(reason.isEmpty() ? "商品异步提交上传失败（edit_status 8）" : reason);
            case "0", "4" -> ReviewFollow.Verdict.approved();
            default -> ReviewFollow.Verdict.inReview();
        };
    }

    private JsonObject body(Product product) throws ChannelException {
        skus(product);
        PlatformCategory category = category(product);
        requireAttributes(product, category);
        ImageUploads.Uploader upload = image -> {
            JsonObject answer = image.remote() ? client.uploadUrl(image.source()) : client.uploadFile(image.fileName(), image.bytes());
            String url = Json.text(Json.child(answer, "pic_file"), "img_url");
            if (url.isEmpty()) {
                throw new ChannelException(Kind.REFUSED, "image.url", "微信小店上传图片" + image.source() + "的应答里没有图片链接（pic_file.img_url）");
            }
            return url;
        };
        // each SKU's own picture (its colour's photo) as its thumb_img, uploaded like the others
        List<shelf.api.catalog.Sku> pictured = product.skus().stream().filter(s -> !s.image().isEmpty()).toList();
        List<String> urls = images.urls(pictured.stream().map(shelf.api.catalog.Sku::image).toList(), upload);
        Map<String, String> thumbs = new java.util.HashMap<>();
        for (int i = 0; i < pictured.size(); i++) {
            thumbs.put(pictured.get(i).skuCode(), urls.get(i));
        }
        JsonObject body = WechatProduct.body(product, category, images.urls(product.mainImages(), upload),
                images.urls(product.detailImages(), upload), thumbs);
        body.addProperty("listing", SEND_FOR_LISTING);
        return body;
    }

    /** One page of one product id: findByOuterId would walk the whole shop for an outer id no product has. */
    @Override
    public String check() throws ChannelException {
        JsonObject request = new JsonObject();
        request.addProperty("page_size", 1);
        JsonObject answer = read("/channels/ec/product/list/get", request);
        return "read the first page of the shop's products (" + Json.array(answer, "product_ids").size() + " shown)";
    }

    /**
     * product/list/get has no out_product_id filter (WxJava SpuListParam: page_size, next_key, status only) and
     * no other call finds a product by it, so the shop is read page by page and each product's out_product_id
     * compared — one read shared by the lookups waiting for it ({@link ShopWalk}). A lookup in a large shop is told
     * to ask again later (UNDER_REVIEW: the listing may exist) rather than hold a caller for the whole read.
     */
    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        Optional<String> id = walks.find(outerId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        ChannelListing listing = WechatProduct.listing(product(id.get()));
        learnSkuIds(listing.listingId(), listing.skuIds());
        return Optional.of(listing);
    }

    /**
     * Every product of the shop by out_product_id: from memory for products seen before (it cannot change once
     * set), else from product/get, {@value #READERS} at a time. Past {@value #MOST_SEARCHED} products the read
     * stops with a refusal rather than answer "not there", which would make the publisher list a product twice.
     */
    private Map<String, String> readShop(Runnable pageRead) throws ChannelException {
        Map<String, String> byOuterId = new java.util.HashMap<>();
        String nextKey = "";
        int searched = 0;
        while (true) {
            JsonObject request = new JsonObject();
            request.addProperty("page_size", PAGE_SIZE);
            if (!nextKey.isEmpty()) {
                request.addProperty("next_key", nextKey);
            }
            JsonObject answer = read("/channels/ec/product/list/get", request);
            JsonArray ids = Json.array(answer, "product_ids");
            List<String> unseen = new ArrayList<>();
            for (JsonElement element : ids) {
                String id = element.getAsString();
                String known = outerIds.get(id);
                if (known == null) {
                    unseen.add(id);
                } else {
                    byOuterId.putIfAbsent(known, id);
                }
            }
            for (ChannelListing listing : readAll(unseen)) {
                outerIds.put(listing.listingId(), listing.outerId());
                byOuterId.putIfAbsent(listing.outerId(), listing.listingId());
            }
            searched += ids.size();
            String next = Json.text(answer, "next_key");
            if (ids.isEmpty() || next.isEmpty() || next.equals(nextKey)) {
                return byOuterId;
            }
            pageRead.run();
            if (searched >= MOST_SEARCHED) {
                throw new ChannelException(Kind.REFUSED, "find.too-many", "微信小店按商家编码查找商品：已查"
                        + searched + "个商品仍未查完，为免重复上架不再新建，请在小店后台确认后重试");
            }
            nextKey = next;
        }
    }

    /** The products, read {@value #READERS} at a time (each read passes the channel's rate limit). */
    private List<ChannelListing> readAll(List<String> ids) throws ChannelException {
        List<java.util.concurrent.Future<ChannelListing>> reads = new ArrayList<>();
        for (String id : ids) {
            reads.add(readers.submit(() -> WechatProduct.listing(product(id))));
        }
        List<ChannelListing> listings = new ArrayList<>();
        ChannelException failure = null;
        for (java.util.concurrent.Future<ChannelListing> read : reads) {
            try {
                listings.add(read.get());
            } catch (java.util.concurrent.ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof ChannelException c ? c
                            : new ChannelException(Kind.BUSY, "", "微信小店读取商品失败：" + e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChannelException(Kind.BUSY, "", "微信小店读取店铺商品时被中断");
            }
        }
        if (failure != null) {
            throw failure;
        }
        return listings;
    }

    /**
     * The product as it is on sale (data_type 1), or its draft (data_type 2) when it has never been on sale: a
     * product still in its first review has no online data (线上数据), and its out_product_id is in the draft.
     */
    private JsonObject product(String productId) throws ChannelException {
        JsonObject online = productData(productId, 1, "product");
        if (!Json.text(online, "product_id").isEmpty()) {
            return online;
        }
        JsonObject draft = productData(productId, 2, "edit_product");
        draft.remove("audit_info");
        return draft;
    }

    private JsonObject productData(String productId, int dataType, String key) throws ChannelException {
        JsonObject request = new JsonObject();
        request.addProperty("product_id", productId);
        request.addProperty("data_type", dataType);
        return Json.child(read("/channels/ec/product/get", request), key);
    }

    /**
     * A read, tried again at once when the platform was busy, throttled or did not answer: reads change nothing,
     * and a search that reads a whole shop would otherwise almost never finish on a platform that fails one call
     * in ten. Every try passes the channel's rate limit.
     */
    private JsonObject read(String path, JsonObject request) throws ChannelException {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.post(path, request);
            } catch (ChannelException e) {
                boolean passing = e.kind() == Kind.BUSY || e.kind() == Kind.RATE_LIMITED
                        || e.kind() == Kind.UNKNOWN_OUTCOME;
                if (!passing || attempt == READ_TRIES) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The platform has no price-only call: the product is read and written back with the SKU's new price. */
    @Override
    public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
        JsonObject product = product(listingId);
        boolean found = false;
        for (JsonElement sku : Json.array(product, "skus")) {
            if (Json.text(sku.getAsJsonObject(), "out_sku_id").equals(skuOuterId)) {
                sku.getAsJsonObject().addProperty("sale_price", fen(price));
                found = true;
            }
        }
        if (!found) {
            throw noSku(listingId, skuOuterId);
        }
        product.remove("status");
        product.remove("edit_status");
        product.addProperty("listing", SEND_FOR_LISTING);
        client.post("/channels/ec/product/update", product);
    }

    @Override
    public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
        String skuId = skuId(listingId, skuOuterId, id -> WechatProduct.listing(product(id)));
        JsonObject request = new JsonObject();
        request.addProperty("product_id", listingId);
        request.addProperty("sku_id", skuId);
        request.addProperty("diff_type", 3);
        request.addProperty("num", stock);
        client.post("/channels/ec/product/stock/update", request);
    }

    @Override
    public void delist(String listingId) throws ChannelException {
        JsonObject request = new JsonObject();
        request.addProperty("product_id", listingId);
        client.post("/channels/ec/product/delisting", request);
    }

    @Override
    public ListingPage listings(String cursor, int pageSize) throws ChannelException {
        JsonObject request = new JsonObject();
        request.addProperty("page_size", Math.min(pageSize, PAGE_SIZE));
        request.addProperty("next_key", cursor);
        JsonObject answer = client.post("/channels/ec/product/list/get", request);
        JsonArray ids = Json.array(answer, "product_ids");
        List<ChannelListing> listings = new ArrayList<>();
        for (JsonElement id : ids) {
            ChannelListing listing = WechatProduct.listing(product(id.getAsString()));
            outerIds.put(listing.listingId(), listing.outerId());
            listings.add(listing);
        }
        return new ListingPage(listings, ids.isEmpty() ? "" : Json.text(answer, "next_key"));
    }
}
