package shelf.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * The keys of a product in the product_code_key index: a 33-bit hash of its merchant and each of its SKU codes
 * and barcodes (one key when a SKU's code and barcode are the same), and the product's id beside it in one
 * 64-bit entry ({@link #entry}). A hash keeps a row two numbers whatever the values' length; two values sharing
 * a hash only make a lookup read one document more, as every hit is checked against the document (at two
 * million keys about one lookup in four thousand does).
 *
 * <p>One number per row because H2 keeps a table whose primary key is one BIGINT in one B-tree keyed by it; a
 * key of two columns (code, product id) is a second B-tree beside the rows', and writing both cost twice the
 * time: the index rows of a 100,000-row import took 0.6 s of about 3.
 */
final class ProductCodes {
    /** The fields the index holds, as rule packs name them. */
    static final Set<String> FIELDS = Set.of("skus.skuCode", "skus.barcode");

    /** Bits of an entry that hold the product's id; the hash is above them. */
    static final int ID_BITS = 30;
    /** The largest product id an entry holds: a catalogue gets that far after a billion products created. */
    static final long MAX_ID = (1L << ID_BITS) - 1;

    private ProductCodes() {}

    /**
     * The row of {@code code} held by product {@code productId}: non-negative, and the rows of one code are the
     * range from {@link #first} to {@link #last}.
     */
    static long entry(long code, long productId) {
        if (productId < 0 || productId > MAX_ID) {
            throw new IllegalStateException("product id " + productId + " is beyond what the product_code_key index holds");
        }
        return code << ID_BITS | productId;
    }

    static long first(long code) {
        return code << ID_BITS;
    }

    static long last(long code) {
        return code << ID_BITS | MAX_ID;
    }

    /** The code of an entry. */
    static long code(long entry) {
        return entry >>> ID_BITS;
    }

    /** The product of an entry. */
    static long productId(long entry) {
        return entry & MAX_ID;
    }

    static long[] of(Product product) {
        Set<Long> codes = new LinkedHashSet<>();
        for (Sku sku : product.skus()) {
            add(codes, product.merchant(), sku.skuCode());
            add(codes, product.merchant(), sku.barcode());
        }
        return codes.stream().mapToLong(Long::longValue).toArray();
    }

    /** The keys of {@code values} of the merchant. */
    static Set<Long> of(String merchant, Collection<String> values) {
        Set<Long> codes = new LinkedHashSet<>();
        values.forEach(v -> add(codes, merchant, v));
        return codes;
    }

    /** The keys in {@code after} that are not in {@code before}. */
    static long[] added(long[] before, long[] after) {
        long[] sorted = before.clone();
        Arrays.sort(sorted);
        return Arrays.stream(after).filter(c -> Arrays.binarySearch(sorted, c) < 0).toArray();
    }

    private static void add(Set<Long> codes, String merchant, String value) {
        if (value != null && !value.isEmpty()) {
            codes.add(hash(merchant + '\u0000' + value) >>> (ID_BITS + 1));
        }
    }

    /** FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser to spread the bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
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
