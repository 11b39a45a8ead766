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

        /** Those of them holding one of the values in the field; may hold others too (see BatchContext). */
        default List<Product> holding(String merchant, String field, Set<String> values, Set<String> inBatch) {
            return outside(merchant, inBatch);
        }
    }

    private final List<Product> products;
    private final String channel;
    private final Map<Product, Map<String, SourceCell>> sources = new IdentityHashMap<>();
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
        stored.forEach(s -> sources.put(s.product(), s.sources()));
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
        return values.isEmpty() ? List.of() : catalogue.holding(merchant, field, values, spuCodes(merchant));
    }

    private Set<String> spuCodes(String merchant) {
        Set<String> inBatch = new HashSet<>();
        products.stream().filter(p -> p.merchant().equals(merchant)).forEach(p -> inBatch.add(p.spuCode()));
        return inBatch;
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
