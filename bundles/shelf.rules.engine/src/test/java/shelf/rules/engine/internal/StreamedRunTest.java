package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;

/**
 * A streamed run hands its findings on a part of the batch at a time, never all at once, and in the order a
 * whole run returns them; uniqueness still sees the whole batch.
 */
class StreamedRunTest {
    private static final String PACK = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":["
            + "{\"id\":\"u\",\"code\":\"sku.duplicate-code\",\"field\":\"skus.skuCode\",\"check\":\"unique\","
            + "\"severity\":\"error\",\"message\":\"SKU编码{value}重复（{detail}）\"},"
            + "{\"id\":\"p\",\"code\":\"price.too-low\",\"field\":\"skus.salePrice\",\"check\":\"range\",\"min\":100,"
            + "\"severity\":\"warning\",\"message\":\"售价{value}过低\"}]}";

    @Test
    void findingsComeInPartsInTheOrderOfAWholeRun() throws Exception {
        int count = 2 * ParallelRuleEngine.PRODUCTS_PER_PART + 17;
        List<StoredProduct> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String spu = String.format("SPU%06d", i);
            // the first and the last product share a SKU code: parts apart, still a duplicate of each other
            String sku = i == count - 1 ? "SPU000000-1" : spu + "-1";
            products.add(new StoredProduct(RuleProducts.product(spu, "纯棉短袖T恤 女",
                    List.of(RuleProducts.sku(sku, RuleProducts.ean13(spu), "20", "59", "49"))), 1, Map.of(), 1, null));
        }
        Collections.shuffle(products, new java.util.Random(7));
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(RulePackReader.read("t.rules.json", PACK));

        List<Finding> whole = engine.run(products, "", done -> { }).findings();
        List<List<Finding>> parts = new ArrayList<>();
        long[] done = {0};
        List<String> applied = engine.stream(products, "", n -> done[0] = n, parts::add);

        assertEquals(List.of("t@1.0.0"), applied);
        assertEquals(count, done[0]);
        assertEquals(3, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.size() <= ParallelRuleEngine.PRODUCTS_PER_PART + 1), "one part's findings at a time");
        assertEquals(whole, parts.stream().flatMap(List::stream).toList());
        assertEquals(count + 2, whole.size());
        assertEquals(2, whole.stream().filter(f -> f.code().equals("sku.duplicate-code")).count());
    }
}
