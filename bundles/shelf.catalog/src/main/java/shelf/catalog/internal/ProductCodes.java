package shelf.catalog.internal;

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

    /** The product's keys, in order, each once; without a set of boxed numbers (this runs for every product). */
    static long[] of(Product product) {
        long[] codes = new long[2 * product.skus().size()];
        int n = 0;
        for (Sku sku : product.skus()) {
            String code = sku.skuCode();
            String barcode = sku.barcode();
            if (code != null && !code.isEmpty()) {
                codes[n++] = code(product.merchant(), code);
            }
            if (barcode != null && !barcode.isEmpty() && !barcode.equals(code)) {
                codes[n++] = code(product.merchant(), barcode);
            }
        }
        Arrays.sort(codes, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || codes[i] != codes[distinct - 1]) {
                codes[distinct++] = codes[i];
            }
        }
        return Arrays.copyOf(codes, distinct);
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
            codes.add(code(merchant, value));
        }
    }

    /** The key of one value of the merchant: the top 33 bits of {@link #hash} of merchant, NUL, value. */
    static long code(String merchant, String value) {
        long h = utf8(utf8(OFFSET, merchant) * PRIME, value); // the NUL between them: h ^ 0 == h
        return finish(h) >>> (ID_BITS + 1);
    }

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser to spread the bits. */
    static long hash(String text) {
        return finish(utf8(OFFSET, text));
    }

    /** FNV-1a steps over the UTF-8 bytes of {@code text} as String.getBytes gives them, without making them. */
    private static long utf8(long h, String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xC0 | c >> 6)) * PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * PRIME;
            } else if (!Character.isSurrogate(c)) {
                h = (h ^ (0xE0 | c >> 12)) * PRIME;
                h = (h ^ (0x80 | c >> 6 & 0x3F)) * PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * PRIME;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                h = (h ^ (0xF0 | cp >> 18)) * PRIME;
                h = (h ^ (0x80 | cp >> 12 & 0x3F)) * PRIME;
                h = (h ^ (0x80 | cp >> 6 & 0x3F)) * PRIME;
                h = (h ^ (0x80 | cp & 0x3F)) * PRIME;
            } else {
                h = (h ^ '?') * PRIME; // a lone surrogate, as getBytes writes it
            }
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb34f1fe87d53L;
        return h ^ (h >>> 33);
    }
}
