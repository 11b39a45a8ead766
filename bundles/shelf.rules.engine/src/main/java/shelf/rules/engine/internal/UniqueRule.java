package shelf.rules.engine.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredProduct;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;

/**
 * unique: a value (SKU code, barcode, SPU code) that occurs more than once for the same merchant — within
 * the batch, or in another product of the merchant's catalogue. The counts are built once per batch and
 * shared by every thread; each occurrence in the batch gets its finding, so the operator sees every row
 * involved.
 *
 * <p>A batch of a million SKUs is gone through without holding its values: one pass keeps a 64-bit hash of
 * each value (8 bytes) and looks the values up in the catalogue some thousands at a time; only values whose
 * hash occurs twice are counted exactly, in a second pass. When the store can tell which products share an SKU
 * code or barcode with another (its index of them), only those are read: a batch of new codes is not read at all.
 */
record UniqueRule(RuleHead head) implements Rule {
    /** Values of one merchant looked up in the catalogue at once. */
    private static final int LOOKUP_EVERY = 50_000;

    /** The fields the store can tell shared values of (see BatchProducts#sharingSkuCodes). */
    private static final Set<String> INDEXED = Set.of("skus.skuCode", "skus.barcode");
    /** Unwanted products read between two wanted ones rather than a query more. */
    private static final int READ_ACROSS = 16;

    /** How often each value occurs in the batch, and which stored product outside it holds it. */
    private interface Counts {
        /** The occurrences of the value in the batch; -1: only in the product being checked, count them there. */
        int inBatch(String key);

        Map<String, String> inCatalogue();
    }

    /**
     * The sorted hashes of the batch's values, the exact counts of values whose hash occurs more than once,
     * and which stored products outside the batch hold a value.
     */
    private record HashCounts(long[] hashes, Map<String, Integer> repeated, Map<String, String> inCatalogue)
            implements Counts {
        @Override
        public int inBatch(String key) {
            long hash = hash(key);
            int at = Arrays.binarySearch(hashes, hash);
            if (at < 0) {
                return 0;
            }
            boolean twice = (at > 0 && hashes[at - 1] == hash) || (at + 1 < hashes.length && hashes[at + 1] == hash);
            return twice ? repeated.getOrDefault(key, 0) : 1;
        }
    }

    /**
     * The exact counts of the values of the products the store says share one; every other value is held by its
     * own product alone, in the batch and in the catalogue.
     */
    private record SharedCounts(Map<String, Integer> exact, Map<String, String> inCatalogue) implements Counts {
        @Override
        public int inBatch(String key) {
            return exact.getOrDefault(key, -1);
        }
    }

    /** Whether the store can tell which products share a value of this rule's field. */
    boolean indexed() {
        return INDEXED.contains(head.field().path());
    }

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        Counts counts = batch.shared(head.pack() + "/" + head.id(), products -> count(products, batch));
        FieldPath field = head.field();
        if (!field.perSku()) {
            report(product, null, field.value(product), counts, batch, out);
            return;
        }
        for (Sku sku : product.skus()) {
            report(product, sku, field.value(sku), counts, batch, out);
        }
    }

    private void report(Product product, Sku sku, Object value, Counts counts, BatchContext batch, List<Finding> out) {
        if (ValueCheck.isEmpty(value)) {
            return;
        }
        String key = key(product, value);
        int count = counts.inBatch(key);
        if (count < 0) {
            count = sku == null ? 1 : occurrences(product, String.valueOf(value));
        }
        String elsewhere = counts.inCatalogue().get(key);
        if (count > 1 || elsewhere != null) {
            String detail = (count > 1 ? "本批出现" + count + "次" : "")
                    + (count > 1 && elsewhere != null ? "，" : "")
                    + (elsewhere != null ? "商品库中商品" + elsewhere + "已使用" : "");
            out.add(head.finding(product, sku, batch, value, detail));
        }
    }

    private Counts count(List<Product> products, BatchContext batch) {
        java.util.BitSet sharing = indexed() && batch instanceof ValidationBatch stored
                ? stored.sharingSkuCodes() : null;
        return sharing == null ? countAll(products, batch) : countShared(((ValidationBatch) batch).parts(), sharing, batch);
    }

    /**
     * Reads only the products sharing a value (none in a batch of new codes): their values counted exactly, and
     * looked up in the catalogue. A product of the batch sharing nothing needs neither.
     */
    private Counts countShared(BatchProducts parts, java.util.BitSet sharing, BatchContext batch) {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Set<String>> toLookUp = new LinkedHashMap<>();
        Map<String, String> inCatalogue = new HashMap<>();
        for (int from = sharing.nextSetBit(0); from >= 0; from = sharing.nextSetBit(from)) {
            int to = from + 1;
            for (int next = sharing.nextSetBit(to); next >= 0 && next - to < READ_ACROSS
                    && next < from + BatchProductList.PART; next = sharing.nextSetBit(to)) {
                to = next + 1;
            }
            Set<String> wanted = new HashSet<>();
            for (int at = sharing.nextSetBit(from); at >= 0 && at < to; at = sharing.nextSetBit(at + 1)) {
                wanted.add(parts.merchant(at) + '\u0000' + parts.spuCode(at));
            }
            for (StoredProduct stored : read(parts, from, to)) {
                Product product = stored.product();
                if (!wanted.contains(product.merchant() + '\u0000' + product.spuCode())) {
                    continue;
                }
                Set<String> values = toLookUp.computeIfAbsent(product.merchant(), m -> new HashSet<>());
                for (Object v : values(product)) {
                    exact.merge(key(product, v), 1, Integer::sum);
                    values.add(String.valueOf(v));
                }
                if (values.size() >= LOOKUP_EVERY) {
                    lookUp(product.merchant(), values, batch, inCatalogue);
                    values.clear();
                }
            }
            from = to;
        }
        toLookUp.forEach((merchant, values) -> lookUp(merchant, values, batch, inCatalogue));
        return new SharedCounts(Map.copyOf(exact), Map.copyOf(inCatalogue));
    }

    private static List<StoredProduct> read(BatchProducts parts, int from, int to) {
        try {
            return parts.read(from, to);
        } catch (CatalogException e) {
            throw new IllegalStateException("cannot read the batch's products: " + e.getMessage(), e);
        }
    }

    private Counts countAll(List<Product> products, BatchContext batch) {
        long[] hashes = new long[Math.max(16, products.size())];
        int n = 0;
        Map<String, Set<String>> toLookUp = new LinkedHashMap<>();
        Map<String, String> inCatalogue = new HashMap<>();
        for (Product product : products) {
            Set<String> values = toLookUp.computeIfAbsent(product.merchant(), m -> new HashSet<>());
            for (Object v : values(product)) {
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = hash(key(product, v));
                values.add(String.valueOf(v));
            }
            if (values.size() >= LOOKUP_EVERY) {
                lookUp(product.merchant(), values, batch, inCatalogue);
                values.clear();
            }
        }
        toLookUp.forEach((merchant, values) -> lookUp(merchant, values, batch, inCatalogue));
        hashes = Arrays.copyOf(hashes, n);
        Arrays.sort(hashes);
        Set<Long> twice = new HashSet<>();
        for (int i = 1; i < n; i++) {
            if (hashes[i] == hashes[i - 1]) {
                twice.add(hashes[i]);
            }
        }
        Map<String, Integer> repeated = new HashMap<>();
        if (!twice.isEmpty()) {
            for (Product product : products) {
                for (Object v : values(product)) {
                    String key = key(product, v);
                    if (twice.contains(hash(key))) {
                        repeated.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return new HashCounts(hashes, Map.copyOf(repeated), Map.copyOf(inCatalogue));
    }

    /** Notes the first stored product outside the batch (by SPU code) holding each of these values. */
    private void lookUp(String merchant, Set<String> values, BatchContext batch, Map<String, String> inCatalogue) {
        if (values.isEmpty()) {
            return;
        }
        // only the stored products holding one of the batch's values, found by the catalogue's index
        for (Product stored : batch.catalogue(merchant, head.field().path(), values)) {
            if (!stored.merchant().equals(merchant)) {
                continue;
            }
            for (Object v : values(stored)) {
                if (values.contains(String.valueOf(v))) {
                    inCatalogue.putIfAbsent(key(stored, v), stored.spuCode());
                }
            }
        }
    }

    /** How many of the product's SKUs hold this value in the field. */
    private int occurrences(Product product, String value) {
        int n = 0;
        for (Sku sku : product.skus()) {
            Object held = head.field().value(sku);
            if (!ValueCheck.isEmpty(held) && String.valueOf(held).equals(value)) {
                n++;
            }
        }
        return n;
    }

    private List<Object> values(Product product) {
        FieldPath field = head.field();
        if (!field.perSku()) {
            Object value = field.value(product);
            return ValueCheck.isEmpty(value) ? List.of() : List.of(value);
        }
        return product.skus().stream().map(field::value).filter(v -> !ValueCheck.isEmpty(v)).toList();
    }

    private static String key(Product product, Object value) {
        return product.merchant() + '\u0000' + value;
    }

    /** FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb34f1fe87d53L;
        return h ^ (h >>> 33);
    }
}
