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
import shelf.channel.support.ShelfChannel;

/** Pinduoduo through the pop router (pdd.goods.add, pdd.goods.list.get, pdd.goods.quantity.update …). */
@Component(service = ChannelAdapter.class, configurationPid = "shelf.channel.pinduoduo")
@ShelfChannel("pinduoduo")
public class PinduoduoAdapter extends PlatformAdapter {
    static final ChannelLimits LIMITS = new ChannelLimits(60, TitleCounting.GBK_BYTES, 10, 600, 2, "pinduoduo-carousel-750",
            List.of());
    private PopClient pop;

    public PinduoduoAdapter() {
        super("pinduoduo", "拼多多", "pop router V1 (data_type JSON)", LIMITS);
    }

    @Activate
    void activate(ChannelConfig config, BundleContext context) {
        start(config, context);
        pop = new PopClient(settings, http, () -> uri(PopClient.GATEWAY_PATH), Clock.systemUTC());
    }

    @Override
    public String create(Product product) throws ChannelException {
        return Json.text(pop.call("pdd.goods.add", params(product)), "goods_id");
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        Map<String, String> params = new java.util.LinkedHashMap<>(params(product));
        params.put("goods_id", listingId);
        pop.call("pdd.goods.information.update", params);
    }

    private Map<String, String> params(Product product) throws ChannelException {
        skus(product);
        PlatformCategory category = category(product);
        requireAttributes(product, category);
        ImageUploads.Uploader upload = image -> image.remote() ? image.source()
                : Json.text(pop.call("pdd.goods.image.upload", Map.of("image", "data:image/jpeg;base64,"
                        + Base64.getEncoder().encodeToString(image.bytes()))), "image_url");
        return PddGoods.params(product, category, images.urls(product.mainImages(), upload),
                images.urls(product.detailImages(), upload));
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
