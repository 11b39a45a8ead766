package shelf.rules.engine.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import shelf.api.catalog.Product;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredProduct;
import shelf.api.media.MediaInspector;
import shelf.api.rules.BatchContext;

/** The batch one validation run sees; the source map is built before the threads start and only read. */
final class ValidationBatch implements BatchContext {
    /** The merchant's stored products whose SPU codes are not among {@code inBatch}. */
    interface CatalogueLoader {
        List<Product> outside(String merchant, Set<String> inBatch);

        /** Whether the merchant has stored products outside the batch at all: when not, nothing is looked up. */
        default boolean anyOutside(String merchant, Set<String> inBatch) {
            return true;
        }

        /** Those of them holding one of the values in the field; may hold others too (see BatchContext). */
        default List<Product> holding(String merchant, String field, Set<String> values, Set<String> inBatch) {
            return outside(merchant, inBatch);
        }
    }

    private final List<Product> products;
    private final String channel;
    /** The sources of the products being checked: all of them, or (streaming) those of the part being checked. */
    private volatile Map<Product, Map<String, SourceCell>> sources = new IdentityHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> spuCodes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> outside = new ConcurrentHashMap<>();
    private final shelf.api.catalog.BatchProducts parts;
    private final ConcurrentHashMap<String, Object> shared = new ConcurrentHashMap<>();

    private final MediaInspector media;
    private final CatalogueLoader catalogue;
    private final ConcurrentHashMap<String, List<Product>> catalogues = new ConcurrentHashMap<>();
    private final long budgetNanos;
    private final Set<Object> overran = ConcurrentHashMap.newKeySet();

    ValidationBatch(List<StoredProduct> stored, String channel, MediaInspector media,
            CatalogueLoader catalogue, long budgetNanos) {
        this.catalogue = catalogue;
        this.budgetNanos = budgetNanos;
        this.products = stored.stream().map(StoredProduct::product).toList();
        this.channel = channel == null ? "" : channel;
        this.media = media;
        this.parts = null;
        stored.forEach(s -> sources.put(s.product(), s.sources()));
    }

    /** A batch read from the store a part at a time: see {@link #checking}. */
    ValidationBatch(shelf.api.catalog.BatchProducts parts, String channel, MediaInspector media,
            CatalogueLoader catalogue, long budgetNanos) {
        this.catalogue = catalogue;
        this.budgetNanos = budgetNanos;
        this.products = new BatchProductList(parts);
        this.channel = channel == null ? "" : channel;
        this.media = media;
        this.parts = parts;
    }

    /** The part about to be checked: its sources are the ones {@link #source} answers from, before the threads start. */
    void checking(List<StoredProduct> part) {
        Map<Product, Map<String, SourceCell>> cells = new IdentityHashMap<>();
        part.forEach(s -> cells.put(s.product(), s.sources()));
        sources = cells;
    }

    @Override
    public List<Product> products() {
        return products;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public SourceCell source(Product product, String fieldPath) {
        Map<String, SourceCell> cells = sources.get(product);
        return cells == null ? null : cells.get(fieldPath);
    }

    @Override
    public List<Product> catalogue(String merchant) {
        return catalogues.computeIfAbsent(merchant, m -> catalogue.outside(m, spuCodes(m)));
    }

    @Override
    public List<Product> catalogue(String merchant, String field, Set<String> values) {
        if (values.isEmpty() || !outside.computeIfAbsent(merchant, m -> catalogue.anyOutside(m, spuCodes(m)))) {
            return List.of();
        }
        return catalogue.holding(merchant, field, values, spuCodes(merchant));
    }

    /** The batch's SPU codes of the merchant; from the store's list of the batch when streaming, without reading products. */
    private Set<String> spuCodes(String merchant) {
        return spuCodes.computeIfAbsent(merchant, m -> {
            Set<String> inBatch = new HashSet<>();
            if (parts != null) {
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.merchant(i).equals(m)) {
                        inBatch.add(parts.spuCode(i));
                    }
                }
            } else {
                products.stream().filter(p -> p.merchant().equals(m)).forEach(p -> inBatch.add(p.spuCode()));
            }
            return Set.copyOf(inBatch);
        });
    }

    /**
     * The positions of the products sharing an SKU code or barcode with another stored product, as the store tells
     * (see {@link shelf.api.catalog.BatchProducts#sharingSkuCodes}); {@code null} when it cannot, or the batch is
     * held in memory.
     */
    java.util.BitSet sharingSkuCodes() {
        if (parts == null) {
            return null;
        }
        try {
            return parts.sharingSkuCodes();
        } catch (shelf.api.catalog.CatalogException e) {
            throw new IllegalStateException("cannot look for shared SKU codes: " + e.getMessage(), e);
        }
    }

    /** The batch read by parts, when it is (null when held in memory). */
    shelf.api.catalog.BatchProducts parts() {
        return parts;
    }

    @Override
    public Optional<MediaInspector> media() {
        return Optional.ofNullable(media);
    }

    /** The time one rule may take on one product, in nanoseconds (0: no limit). */
    long budgetNanos() {
        return budgetNanos;
    }

    /** Whether {@code rule} overran its budget on a product of this run: it is not run again in it. */
    boolean overran(Object rule) {
        return !overran.isEmpty() && overran.contains(rule);
    }

    void overrun(Object rule) {
        overran.add(rule);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Function<List<Product>, T> compute) {
        return (T) shared.computeIfAbsent(key, k -> compute.apply(products));
    }
}
