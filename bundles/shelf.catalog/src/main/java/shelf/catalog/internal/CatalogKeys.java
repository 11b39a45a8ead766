package shelf.catalog.internal;

/**
 * The packed primary keys of the child tables (see db/V1__catalog.sql for why): a parent's id in the high
 * bits and a position in the low bits, so one BIGINT B-tree holds the rows and a parent's rows are one range.
 */
final class CatalogKeys {
    /** Revisions per product: 2^20 = 1,048,576; product ids up to 2^43. */
    private static final int PRODUCT_SHIFT = 20;
    /** Products and row errors per batch: 2^32; batch ids up to 2^31. */
    private static final int BATCH_SHIFT = 32;

    private CatalogKeys() {}

    static long ofProduct(long productId, int n) {
        if (n < 0 || n >= 1 << PRODUCT_SHIFT) {
            throw new IllegalArgumentException("a product has at most " + ((1 << PRODUCT_SHIFT) - 1) + " revisions");
        }
        return (productId << PRODUCT_SHIFT) + n;
    }

    static long firstOfProduct(long productId) {
        return productId << PRODUCT_SHIFT;
    }

    static long lastOfProduct(long productId) {
        return ((productId + 1) << PRODUCT_SHIFT) - 1;
    }

    static long ofBatch(long batchId, int n) {
        return (batchId << BATCH_SHIFT) + n;
    }

    static long firstOfBatch(long batchId) {
        return batchId << BATCH_SHIFT;
    }

    static long lastOfBatch(long batchId) {
        return ((batchId + 1) << BATCH_SHIFT) - 1;
    }
}
