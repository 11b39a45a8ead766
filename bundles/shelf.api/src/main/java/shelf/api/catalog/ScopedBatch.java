package shelf.api.catalog;

import java.util.Set;

/**
 * A batch as one caller's data scope has it.
 *
 * @param batch the batch, its product and SKU figures counting the products in scope only
 * @param whole whether every product of the batch is in scope
 * @param products the products in scope as "merchant/SPU code" (all of them when {@code whole})
 */
public record ScopedBatch(StoredBatch batch, boolean whole, Set<String> products) {

    public ScopedBatch {
        products = Set.copyOf(products);
    }

    /** Whether the product of this merchant and SPU code is in scope. */
    public boolean sees(String merchant, String spuCode) {
        return whole || products.contains(key(merchant, spuCode));
    }

    public static String key(String merchant, String spuCode) {
        return merchant + "/" + spuCode;
    }
}
