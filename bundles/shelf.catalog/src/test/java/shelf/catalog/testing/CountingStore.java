package shelf.catalog.testing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductChange;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.RowError;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.Subject;

/**
 * The catalogue, counting the most products any one read returned (what a service holds at once at least) and
 * noting the SPU code of every product read from it.
 */
public final class CountingStore implements CatalogStore {
    private final CatalogStore store;
    public volatile int mostAtOnce;
    public final Set<String> read = new ConcurrentSkipListSet<>();

    public CountingStore(CatalogStore store) {
        this.store = store;
    }

    private <T extends Collection<StoredProduct>> T counted(T products) {
        mostAtOnce = Math.max(mostAtOnce, products.size());
        products.forEach(p -> read.add(p.product().spuCode()));
        return products;
    }

    @Override
    public StoredBatch store(Subject subject, NewBatch batch) throws CatalogException {
        return store.store(subject, batch);
    }

    @Override
    public List<StoredBatch> batches(Subject subject) throws CatalogException {
        return store.batches(subject);
    }

    @Override
    public Optional<StoredBatch> batch(Subject subject, long id) throws CatalogException {
        return store.batch(subject, id);
    }

    @Override
    public ScopedBatch inScope(Subject subject, long batchId) throws CatalogException {
        return store.inScope(subject, batchId);
    }

    @Override
    public List<RowError> errors(Subject subject, long batchId) throws CatalogException {
        return store.errors(subject, batchId);
    }

    @Override
    public List<StoredProduct> products(Subject subject, ProductQuery query) throws CatalogException {
        return counted(store.products(subject, query));
    }

    @Override
    public int count(Subject subject, ProductQuery query) throws CatalogException {
        return store.count(subject, query);
    }

    @Override
    public List<StoredProduct> product(Subject subject, String spuCode) throws CatalogException {
        List<StoredProduct> products = store.product(subject, spuCode);
        products.forEach(p -> read.add(p.product().spuCode()));
        return products;
    }

    @Override
    public List<ProductChange> history(Subject subject, String merchant, String spuCode) throws CatalogException {
        return store.history(subject, merchant, spuCode);
    }

    @Override
    public StoredProduct update(Subject subject, Product product) throws CatalogException {
        return store.update(subject, product);
    }

    @Override
    public BatchProducts batchProducts(long batchId) throws CatalogException {
        BatchProducts parts = store.batchProducts(batchId);
        return new BatchProducts() {
            @Override
            public int size() {
                return parts.size();
            }

            @Override
            public String merchant(int at) {
                return parts.merchant(at);
            }

            @Override
            public String spuCode(int at) {
                return parts.spuCode(at);
            }

            @Override
            public List<StoredProduct> read(int from, int to) throws CatalogException {
                return counted(parts.read(from, to));
            }

            @Override
            public java.util.BitSet sharingSkuCodes() throws CatalogException {
                return parts.sharingSkuCodes();
            }
        };
    }

    @Override
    public List<Product> holding(Subject subject, String merchant, String field, Collection<String> values,
            Set<String> except) throws CatalogException {
        List<Product> held = store.holding(subject, merchant, field, values, except);
        held.forEach(p -> read.add(p.spuCode()));
        return held;
    }
}
