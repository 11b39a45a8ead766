package shelf.channel.taobao.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

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
import shelf.channel.support.Json;
import shelf.channel.support.Money;
import shelf.channel.support.PlatformAdapter;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.ShelfChannel;

/** Taobao / Tmall through the TOP 2.0 router (taobao.item.add, taobao.item.update, taobao.items.custom.get …). */
@Component(service = ChannelAdapter.class, configurationPid = "shelf.channel.taobao")
@ShelfChannel("taobao")
public class TaobaoAdapter extends PlatformAdapter {
    static final ChannelLimits LIMITS = new ChannelLimits(60, TitleCounting.GBK_BYTES, 5, 600, 3, "taobao-main-800",
            List.of("品牌"));
    private static final String ITEM_FIELDS = "num_iid,outer_id,title,approve_status,pic_url,price,num,skus";
    private TopClient top;
    private TaobaoProps props;

    public TaobaoAdapter() {
        super("taobao", "淘宝", "TOP 2.0", LIMITS);
    }

    /** {@inheritDoc} (TOP offers three; md5 is what TopClient uses when none is set) */
    @Override
    protected java.util.List<String> signMethods() {
        return java.util.List.of("md5", "hmac", "hmac-sha256");
    }

    @Activate
    void activate(ChannelConfig config, BundleContext context) {
        start(config, context);
        top = new TopClient(settings, http, () -> uri(TopClient.GATEWAY_PATH), Clock.systemUTC());
        props = new TaobaoProps(top::call, platformIds);
    }

    /** The journals' files closed: a bundle stopped or updated leaves none open. */
    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        stop();
    }

    @Override
    public String create(Product product) throws ChannelException {
        Item item = item(product);
        JsonObject response = top.call("taobao.item.add", item.params());
        String numIid = Json.text(Json.child(response, "item"), "num_iid");
        try {
            colourPictures(numIid, item.colourPictures());
        } catch (ChannelException e) {
            // the item exists: the retry must find it by outer id and update it (which sends the pictures again)
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, e.platformCode(), "商品已创建（num_iid " + numIid
                    + "），颜色图未能关联：" + e.getMessage());
        }
        return numIid;
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        Item item = item(product);
        Map<String, String> params = item.params();
        params.put("num_iid", listingId);
        params.remove("type");
        top.call("taobao.item.update", params);
        colourPictures(listingId, item.colourPictures());
    }

    /** The item's parameters, and the pictures of its colours by pid:vid (image sources, not uploaded yet). */
    private record Item(Map<String, String> params, Map<String, String> colourPictures) {}

    private Item item(Product product) throws ChannelException {
        skus(product);
        PlatformCategory category = category(product);
        requireAttributes(product, category);
        List<String> pictures = pictures(product.mainImages().subList(0, Math.min(1, product.mainImages().size())));
        TaobaoProps.Mapped mapped = props.map(category.id(), product.skus());
        return new Item(new java.util.LinkedHashMap<>(TaobaoItem.params(product, category, pictures.isEmpty() ? "" : pictures.get(0),
                mapped)), mapped.colourPictures());
    }

    /** Picture-space paths of the images: a local file uploaded once (taobao.picture.upload), a URL as given. */
    private List<String> pictures(List<String> sources) throws ChannelException {
        return images.urls(sources, image -> image.remote() ? image.source()
                : Json.text(Json.child(top.upload("taobao.picture.upload", Map.of("picture_category_id", "0",
                        "image_input_title", image.fileName()), "img", image.fileName(), image.bytes()), "picture"),
                        "picture_path"));
    }

    /**
     * Each colour's picture — the SKU's own 主图 — as the item's property image: taobao.item.joint.propimg (num_iid,
     * properties pid:vid of the colour, pic_path from the picture space), which adds or replaces it.
     */
    private void colourPictures(String numIid, Map<String, String> colourPictures) throws ChannelException {
        for (Map.Entry<String, String> colour : colourPictures.entrySet()) {
            String path = pictures(List.of(colour.getValue())).get(0);
            top.call("taobao.item.joint.propimg", Map.of("num_iid", numIid, "properties", colour.getKey(), "pic_path", path));
        }
    }

    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        JsonObject response = top.call("taobao.items.custom.get", Map.of("outer_id", outerId, "fields", ITEM_FIELDS));
        return withOuterId(outerId, TaobaoItem.items(response), TaobaoItem::listing);
    }

    @Override
    public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
        top.call("taobao.item.sku.price.update", Map.of("num_iid", listingId, "outer_id", skuOuterId,
                "price", Money.yuan(price)));
    }

    @Override
    public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
        top.call("taobao.skus.quantity.update", Map.of("num_iid", listingId, "outerid_quantities", skuOuterId + ":" + stock,
                "type", "1"));
    }

    @Override
    public void delist(String listingId) throws ChannelException {
        top.call("taobao.item.update.delisting", Map.of("num_iid", listingId));
    }

    @Override
    public ListingPage listings(String cursor, int pageSize) throws ChannelException {
        int page = pageNumber(cursor);
        JsonObject response = top.call("taobao.items.onsale.get", Map.of("page_no", String.valueOf(page),
                "page_size", String.valueOf(pageSize), "fields", ITEM_FIELDS));
        List<ChannelListing> listings = new ArrayList<>();
        TaobaoItem.items(response).forEach(item -> listings.add(TaobaoItem.listing(item.getAsJsonObject())));
        return page(listings, page, pageSize, Json.text(response, "total_results"));
    }
}
