package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

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
}
