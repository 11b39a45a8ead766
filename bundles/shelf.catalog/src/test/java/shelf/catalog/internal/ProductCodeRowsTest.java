package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;

/** An index row is one number: the code above, the product below, the rows of one code one range of them. */
class ProductCodeRowsTest {
    @Test
    void anEntryHoldsItsCodeAndProductAndFallsInItsCodesRange() {
        Random random = new Random(14);
        for (int i = 0; i < 10_000; i++) {
            long code = ProductCodes.of("m1", java.util.List.of("SKU-" + random.nextInt())).iterator().next();
            long product = random.nextLong(ProductCodes.MAX_ID + 1);
            long entry = ProductCodes.entry(code, product);

            assertTrue(entry >= 0, "entries sort as codes do");
            assertEquals(code, ProductCodes.code(entry));
            assertEquals(product, ProductCodes.productId(entry));
            assertTrue(ProductCodes.first(code) <= entry && entry <= ProductCodes.last(code));
            assertTrue(ProductCodes.last(code) < ProductCodes.first(code + 1), "ranges of codes do not overlap");
        }
        assertEquals(ProductCodes.MAX_ID, ProductCodes.productId(ProductCodes.entry(0, ProductCodes.MAX_ID)));
        assertThrows(IllegalStateException.class, () -> ProductCodes.entry(1, ProductCodes.MAX_ID + 1));
    }

    @Test
    void aCodeIsTheHashOfMerchantAndValueAsUtf8() {
        for (String value : new String[] {"SKU-1", "6901234567890", "é-ü", "青禾-红色-XL", "😀 emoji", "lone \ud800 high",
                "lone \udc00 low", ""}) {
            assertEquals(ProductCodes.hash("青禾旗舰店\u0000" + value) >>> (ProductCodes.ID_BITS + 1),
                    ProductCodes.code("青禾旗舰店", value), value);
        }
    }

    @Test
    void aProductsCodesAreEachOfItsSkuCodesAndBarcodesOnce() {
        Product p = TestProducts.product("A1", 3, "10.00", "11.00", "12.00").product(); // three SKUs, each with its code and barcode
        long[] codes = ProductCodes.of(p);

        java.util.Set<Long> expected = new java.util.HashSet<>();
        for (var sku : p.skus()) {
            expected.add(ProductCodes.code(p.merchant(), sku.skuCode()));
            expected.add(ProductCodes.code(p.merchant(), sku.barcode()));
        }
        assertEquals(expected, java.util.Arrays.stream(codes).boxed().collect(java.util.stream.Collectors.toSet()));
        assertEquals(expected.size(), codes.length);
    }
}
