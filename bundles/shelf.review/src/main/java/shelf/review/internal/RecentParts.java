package shelf.review.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.StoredProduct;

/**
 * A batch's products as the rule engine reads them, what a review step writes of the last few parts kept (merchant,
 * SPU code, title, category: not the product's SKUs and source cells): the part just checked is then moved without
 * being read from the store again. Whatever is not kept is read again, so at most {@link #KEPT} parts are held
 * however large the batch.
 */
final class RecentParts implements BatchProducts {
    /** Parts kept: the one checked, the one read ahead, and one a rule may have read in between. */
    static final int KEPT = 3;

    private final BatchProducts batch;
    /** What a review step needs of a product. */
    record Item(String merchant, String spuCode, String title, String categoryPath) {
        static Item of(StoredProduct stored) {
            return new Item(stored.product().merchant(), stored.product().spuCode(), stored.product().title(),
                    stored.product().categoryPath());
        }
    }

    private final Deque<List<Item>> kept = new ArrayDeque<>();
    private final Map<String, Item> byKey = new HashMap<>();
    private long read;

    RecentParts(BatchProducts batch) {
        this.batch = batch;
    }

    @Override
    public int size() {
        return batch.size();
    }

    @Override
    public String merchant(int at) {
        return batch.merchant(at);
    }

    @Override
    public String spuCode(int at) {
        return batch.spuCode(at);
    }

    /** Read by the engine's threads: the part is kept for {@link #products}. */
    @Override
    public List<StoredProduct> read(int from, int to) throws CatalogException {
        List<StoredProduct> part = batch.read(from, to);
        keep(part);
        return part;
    }

    /** The products at these positions, from the parts kept or else read now; a product deleted since is left out. */
    List<Item> products(int from, int to) throws CatalogException {
        List<Item> found = new ArrayList<>(to - from);
        synchronized (this) {
            for (int at = from; at < to; at++) {
                Item p = byKey.get(ReviewRows.key(batch.merchant(at), batch.spuCode(at)));
                if (p == null) {
                    found = null;
                    break;
                }
                found.add(p);
            }
        }
        return found != null ? found : read(from, to).stream().map(Item::of).toList();
    }

    /** How many products were read from the store, by the engine or here: for tests of the memory held. */
    synchronized long productsRead() {
        return read;
    }

    private synchronized void keep(List<StoredProduct> part) {
        read += part.size();
        List<Item> items = part.stream().map(Item::of).toList();
        kept.addLast(items);
        items.forEach(p -> byKey.put(ReviewRows.key(p.merchant(), p.spuCode()), p));
        while (kept.size() > KEPT) {
            for (Item p : kept.removeFirst()) {
                byKey.remove(ReviewRows.key(p.merchant(), p.spuCode()), p);
            }
        }
    }
}
