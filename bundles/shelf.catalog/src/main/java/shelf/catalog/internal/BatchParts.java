package shelf.catalog.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.StoredProduct;

/**
 * A batch's products read a part at a time: their ids, merchants and SPU codes are read at once (a few dozen
 * bytes a product), their documents only when a part is asked for.
 */
final class BatchParts implements BatchProducts {
    record Key(long id, String merchant, String spuCode) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::merchant).thenComparing(Key::spuCode);

    /** Smaller batches are read whole by a unique check instead: a few hundred products cost less than the index's pass. */
    static final int MIN_BATCH_FOR_INDEX = 1_000;

    private final CatalogQueries queries;
    private final List<Key> keys;
    private java.util.BitSet sharing;
    private boolean sharingKnown;

    BatchParts(CatalogQueries queries, long batchId) throws CatalogException {
        this.queries = queries;
        List<Key> read = queries.keys(batchId);
        read.sort(ORDER); // String order, whatever the database's collation
        this.keys = read;
    }

    @Override
    public int size() {
        return keys.size();
    }

    @Override
    public String merchant(int at) {
        return keys.get(at).merchant();
    }

    @Override
    public String spuCode(int at) {
        return keys.get(at).spuCode();
    }

    /**
     * From product_code_key: a pass over the whole index, so only for a batch that is a good part of the catalogue (a
     * tenth or more); a smaller one is cheaper to read. Asked once, kept: every unique rule asks.
     */
    @Override
    public synchronized java.util.BitSet sharingSkuCodes() throws CatalogException {
        if (!sharingKnown) {
            if (keys.size() >= MIN_BATCH_FOR_INDEX && 10L * keys.size() >= queries.productCount()) {
                long[] ids = queries.sharingCodes();
                java.util.Arrays.sort(ids);
                sharing = new java.util.BitSet(keys.size());
                for (int at = 0; at < keys.size(); at++) {
                    if (java.util.Arrays.binarySearch(ids, keys.get(at).id()) >= 0) {
                        sharing.set(at);
                    }
                }
            }
            sharingKnown = true;
        }
        return sharing;
    }

    @Override
    public List<StoredProduct> read(int from, int to) throws CatalogException {
        List<Key> part = keys.subList(from, to);
        long[] ids = part.stream().mapToLong(Key::id).toArray();
        Map<String, StoredProduct> byKey = new HashMap<>();
        for (int at = 0; at < ids.length; at += CatalogQueries.MAX_ARRAY) {
            long[] some = java.util.Arrays.copyOfRange(ids, at, Math.min(ids.length, at + CatalogQueries.MAX_ARRAY));
            for (StoredProduct p : queries.byIds(some)) {
                byKey.put(p.product().merchant() + '\u0000' + p.product().spuCode(), p);
            }
        }
        // a product changed by another batch meanwhile is read as it is now; one deleted since is left out
        return part.stream().map(k -> byKey.get(k.merchant() + '\u0000' + k.spuCode()))
                .filter(java.util.Objects::nonNull).toList();
    }
}
