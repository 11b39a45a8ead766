package com.example.minimall;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Product;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelLimits.TitleCounting;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;

/**
 * Mini Mall as a Shelf channel: a Declarative Services component registered as a {@link ChannelAdapter} with
 * shelf.channel=minimall, configured by PID {@value #PID} (the feature file sets its endpoint).
 */
@Component(service = ChannelAdapter.class, configurationPid = MiniMallAdapter.PID,
        property = ChannelAdapter.SERVICE_PROPERTY + "=" + MiniMallAdapter.ID)
@Designate(ocd = MiniMallAdapter.Config.class)
public class MiniMallAdapter implements ChannelAdapter {
    static final String ID = "minimall";
    static final String PID = "example.channel.minimall";

    @ObjectClassDefinition(name = "Mini Mall channel (example)")
    public @interface Config {
        @AttributeDefinition(description = "Mini Mall's API root")
        String endpoint() default "http://127.0.0.1:18490";

        @AttributeDefinition(description = "the app key")
        String appKey() default "demo";

        /** ".appSecret": a property whose name starts with a dot is not copied onto the service. */
        @AttributeDefinition(type = AttributeType.PASSWORD, description = "the app secret; never printed")
        String _appSecret() default "demo-secret";

        @AttributeDefinition(description = "milliseconds to wait for an answer before the outcome counts as unknown")
        int timeoutMs() default 10_000;
    }

    private final MiniMallClient client;

    @Activate
    public MiniMallAdapter(Config config) {
        this(new MiniMallClient(config.endpoint(), config.appKey(), config._appSecret(), Duration.ofMillis(config.timeoutMs())));
    }

    MiniMallAdapter(MiniMallClient client) {
        this.client = client;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Mini Mall (example)";
    }

    @Override
    public String apiVersion() {
        return "Mini Mall open API 1";
    }

    @Override
    public String endpoint() {
        return client.endpoint();
    }

    @Override
    public ChannelLimits limits() {
        return new ChannelLimits(60, TitleCounting.CHARACTERS, 9, 100, 2, "main", List.of());
    }

    @Override
    public String create(Product product) throws ChannelException {
        return client.call("item.create", MiniMallItems.item(product)).get("item_id").getAsString();
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        JsonObject item = MiniMallItems.item(product);
        item.addProperty("item_id", listingId);
        client.call("item.update", item);
    }

    /** Mini Mall's search matches outer ids by their beginning, as real platforms' searches do: keep the exact one. */
    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        JsonObject query = new JsonObject();
        query.addProperty("outer_id", outerId);
        for (JsonElement item : client.call("item.search", query).getAsJsonArray("items")) {
            ChannelListing listing = MiniMallItems.listing(item.getAsJsonObject());
            if (listing.outerId().equals(outerId)) {
                return Optional.of(listing);
            }
        }
        return Optional.empty();
    }

    @Override
    public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
        JsonObject change = sku(listingId, skuOuterId);
        change.addProperty("price_fen", MiniMallItems.fen(price));
        client.call("sku.update", change);
    }

    @Override
    public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
        JsonObject change = sku(listingId, skuOuterId);
        change.addProperty("stock", stock);
        client.call("sku.update", change);
    }

    private static JsonObject sku(String listingId, String skuOuterId) {
        JsonObject change = new JsonObject();
        change.addProperty("item_id", listingId);
        change.addProperty("outer_sku_id", skuOuterId);
        return change;
    }

    @Override
    public void delist(String listingId) throws ChannelException {
        JsonObject item = new JsonObject();
        item.addProperty("item_id", listingId);
        client.call("item.delist", item);
    }

    /** The cursor is the next page's number. */
    @Override
    public ListingPage listings(String cursor, int pageSize) throws ChannelException {
        int page = cursor.isEmpty() ? 1 : Integer.parseInt(cursor);
        JsonObject query = new JsonObject();
        query.addProperty("page", page);
        query.addProperty("size", pageSize);
        JsonObject answer = client.call("item.list", query);
        List<ChannelListing> listings = new ArrayList<>();
        answer.getAsJsonArray("items").forEach(item -> listings.add(MiniMallItems.listing(item.getAsJsonObject())));
        boolean more = (long) page * pageSize < answer.get("total").getAsLong();
        return new ListingPage(listings, more ? String.valueOf(page + 1) : "");
    }
}
