package shelf.rules.engine.internal;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.StoredProduct;

/**
 * A batch's products as a list read from the store a part at a time: a rule looking across the batch (unique)
 * goes through it holding one part, never the whole batch. Iterating reads the batch again each time.
 */
final class BatchProductList extends AbstractList<Product> {
    static final int PART = 5_000;

    private final BatchProducts products;
    private List<Product> cached = List.of();
    private int cachedFrom = -1;

    BatchProductList(BatchProducts products) {
        this.products = products;
    }

    @Override
    public int size() {
        return products.size();
    }

    /** Random access reads the part around {@code index}; iterate instead where possible. */
    @Override
    public synchronized Product get(int index) {
        int from = index - index % PART;
        if (from != cachedFrom) {
            cached = read(products, from);
            cachedFrom = from;
        }
        return cached.get(index - from);
    }

    @Override
    public Iterator<Product> iterator() {
        return new Iterator<>() {
            private int next;
            private int partFrom = -PART;
            private List<Product> part = List.of();

            @Override
            public boolean hasNext() {
                return next < products.size();
            }

            @Override
            public Product next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (next >= partFrom + part.size()) {
                    partFrom = next;
                    part = read(products, next);
                }
                return part.get(next++ - partFrom);
            }
        };
    }

    static List<Product> read(BatchProducts products, int from) {
        try {
            return products.read(from, Math.min(products.size(), from + PART)).stream().map(StoredProduct::product).toList();
        } catch (CatalogException e) {
            throw new IllegalStateException("cannot read the batch's products: " + e.getMessage(), e);
        }
    }
}
