package shelf.channel.support;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.CallGate;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;
import shelf.api.media.MediaRoots;

/**
 * What the five adapters share: id, name, API version and limits; settings, HTTP, the category map,
 * uploaded images and the platform SKU ids learnt from earlier calls; the reference to the sandbox. A
 * subclass is the DS component (its bnd.bnd says "-dsannotations-options: inherit", so the sandbox
 * reference declared here is its own) and calls {@link #start} from its activate method and {@link #stop} from its
 * deactivate method.
 */
public abstract class PlatformAdapter implements ChannelAdapter {
    private static final System.Logger LOG = System.getLogger(PlatformAdapter.class.getName());
    /** The client's timeouts while settings are refused: it sends nothing then, and is only there to be closed. */
    private static final Duration UNUSED_TIMEOUT = Duration.ofSeconds(1);
    private final String id;
    private final String name;
    private final String apiVersion;
    private final ChannelLimits limits;

    /** The running sandbox, when there is one; set by the component's reference. */
    protected volatile SandboxAddress sandbox;
    protected ChannelSettings settings;
    protected PlatformHttp http;
    protected CategoryMap categories;
    protected ImageUploads images;
    /** How a create or update follows the platform's review, where the platform reviews listings. */
    protected ReviewFollow review;
    /** Listings the platform is reviewing or rejected, and the follow-up of their review. */
    protected ReviewedListings reviewed;
    /** Ids the platform gave for category properties and specs, fetched once. */
    protected PlatformIds platformIds;
    /** Why the etc/ settings file's secrets are not used (others can read it), as found at start. */
    private volatile Optional<String> refusal = Optional.empty();
    /** What is wrong with the settings (an unknown key, a bad value), as found at start; empty when nothing. */
    private volatile List<String> problems = List.of();
    /** listing id → our SKU code → the platform's SKU id, for the calls that need the platform's id. */
    protected final Map<String, Map<String, String>> skuIds = new ConcurrentHashMap<>();

    protected PlatformAdapter(String id, String name, String apiVersion, ChannelLimits limits) {
        this.id = id;
        this.name = name;
        this.apiVersion = apiVersion;
        this.limits = limits;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String apiVersion() {
        return apiVersion;
    }

    @Override
    public final ChannelLimits limits() {
        return limits;
    }

    @Reference(name = "sandbox", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    protected void setSandbox(SandboxAddress address) {
        sandbox = address;
    }

    protected void unsetSandbox(SandboxAddress address) {
        if (sandbox == address) {
            sandbox = null;
        }
    }

    /**
     * Reads the settings and the category map, with the etc/ overrides of SHELF_HOME (framework property
     * shelf.home). A settings file others can read is refused: the adapter sends nothing until it is private.
     */
    protected void start(ChannelConfig config, BundleContext context) {
        String shelfHome = context.getProperty("shelf.home");
        Path home = shelfHome == null || shelfHome.isBlank() ? null : Path.of(shelfHome);
        refusal = home == null ? Optional.empty() : ChannelSettings.refusal(home, id());
        refusal.ifPresent(reason -> LOG.log(System.Logger.Level.WARNING, reason));
        problems = List.copyOf(ChannelSettings.problems(id(), config, home, signMethods()));
        problems.forEach(problem -> LOG.log(System.Logger.Level.WARNING, problem));
        // settings with problems are not half used: the configuration alone is read, and nothing is sent
        settings = ChannelSettings.of(id(), config, problems.isEmpty() ? home : null);
        // with problems nothing is sent: a refused timeout (0, say) must not keep the adapter from saying why
        http = problems.isEmpty() ? new PlatformHttp(name(), settings.connectTimeout(), settings.timeout())
                : new PlatformHttp(name(), UNUSED_TIMEOUT, UNUSED_TIMEOUT);
        categories = CategoryMap.load(getClass(), "categories/" + id() + "-categories.json", home, id());
        images = new ImageUploads(name(), home == null ? null
                : home.resolve("data").resolve("channels").resolve(id() + "-images.jsonl"),
                settings.endpoint() + " " + settings.appKey(), MediaRoots.parse(context.getProperty(MediaRoots.PROPERTY)));
        Path data = home == null ? null : home.resolve("data").resolve("channels");
        String owner = settings.endpoint() + " " + settings.appKey();
        review = new ReviewFollow(name(), ChannelSettings.reviewWait(id(), config, problems.isEmpty() ? home : null).toMillis(),
                Thread::sleep);
        reviewed = new ReviewedListings(review, new Submissions(data == null ? null : data.resolve(id() + "-reviews.jsonl"), owner));
        platformIds = new PlatformIds(data == null ? null : data.resolve(id() + "-ids.jsonl"), owner);
    }

    /**
     * Closes the platform's connections — a call still in flight ends as an unknown outcome, which the publisher
     * looks up before it sends again — and the files the adapter keeps open (uploaded images, submissions under
     * review, platform ids); a subclass calls it from its deactivate method. Such a call records what it learned
     * all the same.
     *
     * @since 1.5
     */
    protected void stop() {
        if (http != null) {
            http.close();
        }
        if (images != null) {
            images.close();
        }
        if (reviewed != null) {
            reviewed.close();
        }
        if (platformIds != null) {
            platformIds.close();
        }
    }

    /**
     * The signing methods the platform offers, its default first (Taobao: md5, hmac, hmac-sha256); empty
     * (the default) when it offers no choice, so a signMethod setting is refused.
     *
     * @since 1.4
     */
    protected List<String> signMethods() {
        return List.of();
    }

    /** Every request goes through {@link PlatformHttp}, which waits at the gate before sending. */
    @Override
    public boolean paceWith(CallGate gate) {
        http.paceWith(gate);
        return true;
    }

    @Override
    public String endpoint() {
        if (!problems.isEmpty()) {
            return "settings refused: " + refusedSettings();
        }
        if (refusal.isPresent()) {
            return settings.endpoint() + " (settings file refused)";
        }
        if (!settings.sandbox()) {
            return settings.endpoint();
        }
        SandboxAddress running = sandbox;
        return running == null ? "sandbox (not running)" : "sandbox " + running.base() + "/" + id();
    }

    @Override
    public Optional<String> unavailable() {
        if (!problems.isEmpty()) {
            return Optional.of("misconfigured — " + String.join("; ", problems));
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        return settings.sandbox() && sandbox == null ? Optional.of(settings.sandboxMissing()) : Optional.empty();
    }

    @Override
    public String credentials() {
        if (!problems.isEmpty()) {
            return "not used — " + refusedSettings() + " has errors (see health)";
        }
        return settings.credentials(signMethods());
    }

    /** Where the refused settings are: the etc/ file, or the configuration when only its values are wrong. */
    private String refusedSettings() {
        return problems.stream().allMatch(p -> p.startsWith(SettingsCheck.CONFIGURATION))
                ? SettingsCheck.CONFIGURATION + id() : "etc/channels/" + id() + ".properties";
    }

    /** The platform URI of {@code path} ("/router/rest"). */
    protected URI uri(String path) throws ChannelException {
        return URI.create(settings.root(sandbox) + path);
    }

    /** The product's platform category, or a refusal naming the file to add it to. */
    protected PlatformCategory category(Product product) throws ChannelException {
        return categories.lookup(product.categoryPath()).orElseThrow(() -> new ChannelException(Kind.REFUSED,
                "category.unmapped", "类目「" + product.categoryPath() + "」没有" + name() + "类目映射，请在etc/channels/"
                        + id() + "-categories.json中添加"));
    }

    /** The product's attributes the category requires, or a refusal naming the first one missing. */
    protected static void requireAttributes(Product product, PlatformCategory category) throws ChannelException {
        for (String name : category.requiredAttributes().keySet()) {
            String value = name.equals("品牌") ? product.brand() : product.attributes().getOrDefault(name, "");
            if (value.isBlank()) {
                throw new ChannelException(Kind.REFUSED, "attribute.required", "类目" + category.id() + "要求填写「" + name + "」");
            }
        }
    }

    /**
     * The first of a platform's items (as found by its outer-id query) that really carries the outer id;
     * its SKU ids are learnt on the way.
     */
    protected Optional<ChannelListing> withOuterId(String outerId, Iterable<JsonElement> items,
            Function<JsonObject, ChannelListing> mapper) {
        for (JsonElement item : items) {
            ChannelListing listing = mapper.apply(item.getAsJsonObject());
            if (listing.outerId().equals(outerId)) {
                learnSkuIds(listing.listingId(), listing.skuIds());
                return Optional.of(listing);
            }
        }
        return Optional.empty();
    }

    /** Reads one listing from the platform. */
    @FunctionalInterface
    protected interface ListingReader {
        ChannelListing read(String listingId) throws ChannelException;
    }

    /**
     * The platform's SKU id of one of our SKU codes on a listing: as learnt from an earlier answer, else
     * read from the platform; a refusal naming both when the listing has no such SKU.
     */
    protected String skuId(String listingId, String skuCode, ListingReader reader) throws ChannelException {
        String known = skuIds.getOrDefault(listingId, Map.of()).get(skuCode);
        if (known == null) {
            ChannelListing listing = reader.read(listingId);
            learnSkuIds(listingId, listing.skuIds());
            known = listing.skuIds().get(skuCode);
        }
        if (known == null) {
            throw noSku(listingId, skuCode);
        }
        return known;
    }

    protected ChannelException noSku(String listingId, String skuCode) {
        return new ChannelException(Kind.NOT_FOUND, "sku", name() + "商品" + listingId + "没有SKU " + skuCode);
    }

    protected void learnSkuIds(String listingId, Map<String, String> ids) {
        if (!ids.isEmpty()) {
            skuIds.put(listingId, Map.copyOf(ids));
        }
    }

    /** The product's SKUs, each with a sale price exact to the fen and a stock; anything else is refused. */
    protected static List<Sku> skus(Product product) throws ChannelException {
        if (product.skus().isEmpty()) {
            throw new ChannelException(Kind.REFUSED, "sku.none", "商品" + product.spuCode() + "没有SKU");
        }
        for (Sku sku : product.skus()) {
            if (sku.salePrice() == null || sku.stock() == null) {
                throw new ChannelException(Kind.REFUSED, "sku.incomplete", "SKU " + sku.skuCode() + "缺少销售价或库存");
            }
            for (BigDecimal price : Arrays.asList(sku.salePrice(), sku.promoPrice(), sku.marketPrice())) {
                if (price != null) {
                    fen(price);
                }
            }
        }
        return product.skus();
    }

    /** A price as the platform takes it, or a refusal when it has fractions of a fen. */
    protected static long fen(BigDecimal price) throws ChannelException {
        try {
            return Money.fen(price);
        } catch (IllegalArgumentException e) {
            throw new ChannelException(Kind.REFUSED, "price.precision", "价格" + price.toPlainString() + "不能精确到分");
        }
    }

    /** The page number a cursor names: "" is the first page, then the number {@link #page} put there. */
    protected static int pageNumber(String cursor) {
        return cursor.isEmpty() ? 1 : Integer.parseInt(cursor);
    }

    /** A page of a numbered listing whose total the platform reported; the cursor of the next is its number. */
    protected static ListingPage page(List<ChannelListing> listings, int page,
            int pageSize, String total) {
        boolean more = (long) page * pageSize < (total.isEmpty() ? 0 : Long.parseLong(total));
        return new ListingPage(listings, more ? String.valueOf(page + 1) : "");
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + settings + "]";
    }
}
