package shelf.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * The keys of a product in the product_code index: a 64-bit hash of its merchant and each of its SKU codes
 * and barcodes (one key when a SKU's code and barcode are the same). A hash keeps a row two numbers whatever
 * the values' length; two values sharing a hash only make a lookup read one document more, as every hit is
 * checked against the document.
 */
final class ProductCodes {
    /** The fields the index holds, as rule packs name them. */
    static final Set<String> FIELDS = Set.of("skus.skuCode", "skus.barcode");

    private ProductCodes() {}

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
            codes.add(hash(merchant + '\u0000' + value));
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
