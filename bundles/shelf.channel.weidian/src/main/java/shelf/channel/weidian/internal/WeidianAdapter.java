package shelf.channel.weidian.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelLimits.TitleCounting;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;
import shelf.channel.support.ChannelConfig;
import shelf.channel.support.ImageUploads;
import shelf.channel.support.Json;
import shelf.channel.support.Money;
import shelf.channel.support.PlatformAdapter;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.ShelfChannel;

/** Weidian (微店) through the vdian open API (vdian.item.add, vdian.item.sku.update, weidian.item.onSale …). */
@Component(service = ChannelAdapter.class, configurationPid = "shelf.channel.weidian")
@ShelfChannel("weidian")
public class WeidianAdapter extends PlatformAdapter {
    static final ChannelLimits LIMITS = new ChannelLimits(6000, TitleCounting.CHARACTERS, 40, 600, 3, "weidian-main-640", List.of());
    private VdianClient client;

    public WeidianAdapter() {
        super("weidian", "微店", "vdian open api 1.0 (vdian.item.add 1.1)", LIMITS);
    }

    @Activate
    void activate(ChannelConfig config, BundleContext context) {
        start(config, context);
        client = new VdianClient(settings, http, () -> uri(""), Clock.systemUTC());
    }

    /** The journals' files closed: a bundle stopped or updated leaves none open. */
    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        stop();
    }

    @Override
    public String create(Product product) throws ChannelException {
        return Json.text(client.call("vdian.item.add", "1.1", param(product)).getAsJsonObject(), "itemid");
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        JsonObject param = param(product);
        param.addProperty("itemid", listingId);
        client.call("vdian.item.update", "1.0", param);
    }

    private JsonObject param(Product product) throws ChannelException {
        skus(product);
        PlatformCategory category = category(product);
        requireAttributes(product, category);
        ImageUploads.Uploader upload = image -> image.remote() ? image.source() : client.upload(image.fileName(), image.bytes());
        List<String> urls = images.urls(product.mainImages(), upload);
        // each SKU's own picture (its colour's photo) as its img, uploaded like the main images
        List<Sku> pictured = product.skus().stream().filter(s -> !s.image().isEmpty()).toList();
        List<String> pictures = images.urls(pictured.stream().map(Sku::image).toList(), upload);
        Map<String, String> skuImages = new HashMap<>();
        for (int i = 0; i < pictured.size(); i++) {
            skuImages.put(pictured.get(i).skuCode(), pictures.get(i));
        }
        return WeidianItem.param(product, category, urls, skuImages);
    }

    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        JsonObject param = new JsonObject();
        param.addProperty("page_num", 1);
        param.addProperty("page_size", 10);
        param.addProperty("merchant_code", outerId);
        return withOuterId(outerId, Json.array(client.call("vdian.item.list.get", "1.0", param).getAsJsonObject(), "items"),
                WeidianItem::listing);
    }

    @Override
    public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
        String yuan = Money.yuan(Money.fromFen(fen(price)));
        updateSku(listingId, skuOuterId, sku -> sku.addProperty("price", yuan));
    }

    @Override
    public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
        updateSku(listingId, skuOuterId, sku -> sku.addProperty("stock", stock));
    }

    /** vdian.item.sku.update wants the SKU whole (id, title, price, stock): it is read first, then changed. */
    private void updateSku(String listingId, String skuOuterId, Consumer<JsonObject> change) throws ChannelException {
        JsonObject param = new JsonObject();
        param.addProperty("itemid", listingId);
        JsonObject item = client.call("vdian.item.get", "1.0", param).getAsJsonObject();
        for (JsonElement element : Json.array(item, "skus")) {
            JsonObject sku = element.getAsJsonObject();
            if (Json.text(sku, "sku_merchant_code").equals(skuOuterId)) {
                change.accept(sku);
                JsonArray skus = new JsonArray();
                skus.add(sku);
                param.add("skus", skus);
                client.call("vdian.item.sku.update", "1.0", param);
                return;
            }
        }
        throw noSku(listingId, skuOuterId);
    }

    @Override
    public void delist(String listingId) throws ChannelException {
        JsonObject param = new JsonObject();
        param.addProperty("itemid", listingId);
        param.addProperty("opt", 2);
        client.call("weidian.item.onSale", "1.0", param);
    }

    @Override
    public ListingPage listings(String cursor, int pageSize) throws ChannelException {
        int page = pageNumber(cursor);
        JsonObject param = new JsonObject();
        param.addProperty("page_num", page);
        param.addProperty("page_size", pageSize);
        JsonObject result = client.call("vdian.item.list.get", "1.0", param).getAsJsonObject();
        List<ChannelListing> listings = new ArrayList<>();
        Json.array(result, "items").forEach(item -> listings.add(WeidianItem.listing(item.getAsJsonObject())));
        return page(listings, page, pageSize, Json.text(result, "total_num"));
    }
}
