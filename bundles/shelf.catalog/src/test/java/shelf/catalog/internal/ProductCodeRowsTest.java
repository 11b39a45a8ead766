package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The new products' index rows go in sorted by code, each code still beside its own product. */
class ProductCodeRowsTest {
    @Test
    void pairsAreSortedByCodeAndKeepTheirProduct() {
        Random random = new Random(14);
        int n = 50_000;
        long[] rows = new long[2 * n];
        long[][] expected = new long[n][];
        for (int i = 0; i < n; i++) {
            // a few codes shared by several products, as a barcode used twice is
            long code = i % 100 == 0 ? 42 : ProductCodes.hash("m1\u0000" + random.nextInt());
            rows[2 * i] = code;
            rows[2 * i + 1] = i + 1;
            expected[i] = new long[] {code, i + 1};
        }
        ProductCodeRows.sortPairs(rows, 0, n - 1);

        Arrays.sort(expected, Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        long[][] sorted = new long[n][];
        for (int i = 0; i < n; i++) {
            sorted[i] = new long[] {rows[2 * i], rows[2 * i + 1]};
        }
        // products sharing a code may come in any order among themselves
        Arrays.sort(sorted, Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        assertArrayEquals(expected, sorted);
        for (int i = 1; i < n; i++) {
            if (rows[2 * i - 2] > rows[2 * i]) {
                throw new AssertionError("not in code order at pair " + i);
            }
        }
    }
}
