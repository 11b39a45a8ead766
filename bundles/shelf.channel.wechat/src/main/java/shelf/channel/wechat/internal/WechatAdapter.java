package shelf.channel.wechat.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelLimits.TitleCounting;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;
import shelf.channel.support.ChannelConfig;
import shelf.channel.support.ImageUploads;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformAdapter;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.ShelfChannel;

/** The WeChat shop (微信小店 / 视频号小店) through /channels/ec/product/* with an access token. */
@Component(service = ChannelAdapter.class, configurationPid = "shelf.channel.wechat")
@ShelfChannel("wechat")
public class WechatAdapter extends PlatformAdapter {
    static final ChannelLimits LIMITS = new ChannelLimits(60, TitleCounting.CHARACTERS, 9, 500, 5, "wechat-main-800", List.of());
    private WechatClient client;

    public WechatAdapter() {
        super("wechat", "微信小店", "channels/ec product API (2024)", LIMITS);
    }

    @Activate
    void activate(ChannelConfig config, BundleContext context) {
        start(config, context);
        client = new WechatClient(settings, http, () -> uri(""), Clock.systemUTC());
    }

    @Override
    public String create(Product product) throws ChannelException {
        return Json.text(Json.child(client.post("/channels/ec/product/add", body(product)), "data"), "product_id");
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        JsonObject body = body(product);
        body.addProperty("product_id", listingId);
        client.post("/channels/ec/product/update", body);
    }

    private JsonObject body(Product product) throws ChannelException {
        skus(product);
        PlatformCategory category = category(product);
        requireAttributes(product, category);
        ImageUploads.Uploader upload = image -> {
            JsonObject answer;
            if (image.remote()) {
                JsonObject request = new JsonObject();
                request.addProperty("img_url", image.source());
                answer = client.post("/channels/ec/basics/img/upload", request);
            } else {
                answer = client.upload(image.bytes());
            }
            return Json.text(Json.child(answer, "pic_file"), "img_url");
        };
        return WechatProduct.body(product, category, images.urls(product.mainImages(), upload),
                images.urls(product.detailImages(), upload));
    }

    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        JsonObject request = new JsonObject();
        request.addProperty("page_size", 10);
        request.addProperty("out_product_id", outerId);
        for (JsonElement id : Json.array(client.post("/channels/ec/product/list/get", request), "product_ids")) {
            ChannelListing listing = WechatProduct.listing(product(id.getAsString()));
            if (listing.outerId().equals(outerId)) {
                learnSkuIds(listing.listingId(), listing.skuIds());
                return Optional.of(listing);
            }
        }
        return Optional.empty();
    }

    private JsonObject product(String productId) throws ChannelException {
        JsonObject request = new JsonObject();
        request.addProperty("product_id", productId);
        request.addProperty("data_type", 1);
        return Json.child(client.post("/channels/ec/product/get", request), "product");
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
        request.addProperty("page_size", pageSize);
        request.addProperty("next_key", cursor);
        JsonObject answer = client.post("/channels/ec/product/list/get", request);
        JsonArray ids = Json.array(answer, "product_ids");
        List<ChannelListing> listings = new ArrayList<>();
        for (JsonElement id : ids) {
            listings.add(WechatProduct.listing(product(id.getAsString())));
        }
        return new ListingPage(listings, ids.isEmpty() ? "" : Json.text(answer, "next_key"));
    }
}
