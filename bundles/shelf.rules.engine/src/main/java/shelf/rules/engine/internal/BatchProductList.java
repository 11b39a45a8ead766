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
    static final int PART = ParallelRuleEngine.PRODUCTS_PER_PART;

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

    /**
     * Reads ahead: the parts after the one being gone through are read (and their documents decoded) by threads of
     * their own meanwhile, so that a pass over the batch by one rule keeps both cores busy.
     */
    @Override
    public Iterator<Product> iterator() {
        return new Iterator<>() {
            private static final int AHEAD = 2;
            private final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<List<Product>>> coming =
                    new java.util.ArrayDeque<>();
            private int nextPart;
            private List<Product> part = List.of();
            private int at;

            @Override
            public boolean hasNext() {
                fill();
                return at < part.size() || !coming.isEmpty();
            }

            @Override
            public Product next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                while (at >= part.size()) {
                    part = join(coming.poll());
                    at = 0;
                    fill();
                }
                return part.get(at++);
            }

            private void fill() {
                while (coming.size() < AHEAD && nextPart < products.size()) {
                    int from = nextPart;
                    nextPart += PART;
                    coming.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> read(products, from), READERS));
                }
            }
        };
    }

    /**
     * A thread of its own for each part read ahead (a few hundred in a pass over a million SKUs): nothing is left
     * running when a pass ends or the bundle is updated, as a pool's threads would be.
     */
    static final java.util.concurrent.Executor READERS = task -> {
        Thread thread = new Thread(task, "shelf-batch-reader");
        thread.setDaemon(true);
        thread.start();
    };

    private static List<Product> join(java.util.concurrent.CompletableFuture<List<Product>> part) {
        try {
            return part.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static List<Product> read(BatchProducts products, int from) {
        try {
            return products.read(from, Math.min(products.size(), from + PART)).stream().map(StoredProduct::product).toList();
        } catch (CatalogException e) {
            throw new IllegalStateException("cannot read the batch's products: " + e.getMessage(), e);
        }
    }
}
