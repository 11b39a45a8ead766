package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.security.Subject;
import shelf.catalog.internal.H2CatalogStore;
import shelf.core.internal.database.CatalogDatabase;

/**
 * A stored batch validated a part at a time, as `validate` does for a batch of any size: never more than a part of
 * its products read at once, and the same findings in the same order as a run over all of them — duplicates
 * within the batch parts apart, and against the merchant's catalogue, included.
 */
class StoredBatchStreamTest {
    private static final String PACK = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":["
            + "{\"id\":\"u\",\"code\":\"sku.duplicate-code\",\"field\":\"skus.skuCode\",\"check\":\"unique\","
            + "\"severity\":\"error\",\"message\":\"SKU编码{value}重复（{detail}）\"},"
            + "{\"id\":\"b\",\"code\":\"sku.duplicate-barcode\",\"field\":\"skus.barcode\",\"check\":\"unique\","
            + "\"severity\":\"error\",\"message\":\"条形码{value}重复（{detail}）\"},"
            + "{\"id\":\"p\",\"code\":\"price.too-low\",\"field\":\"skus.salePrice\",\"check\":\"range\",\"min\":100,"
            + "\"severity\":\"warning\",\"message\":\"售价{value}过低\"}]}";

    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();

    @AfterEach
    void close() {
        store.close();
    }

    private static Product product(String merchant, String spu, String skuCode, String barcode) {
        Product p = RuleProducts.product(spu, "纯棉短袖T恤 女", List.of(RuleProducts.sku(skuCode, barcode, "20", "59", "49")));
        return new Product(merchant, spu, p.title(), "", p.categoryPath(), p.brand(), p.attributes(), p.description(),
                p.tags(), p.mainImages(), p.detailImages(), "", p.shippingTemplate(), p.returnPolicy(),
                p.dispatchHours(), p.skus());
    }

    private long store(String merchant, List<Product> products) throws CatalogException {
        return store.store(Subject.SYSTEM, new NewBatch(merchant, "商品表.xlsx", "商品", products.size(),
                products.stream().map(p -> new ImportedProduct(p, Map.of())).toList(), List.of(), "ops")).id();
    }

    @Test
    void aBatchReadPartByPartGivesTheFindingsOfAWholeRun() throws Exception {
        store.open(CatalogDatabase.open(home.resolve("catalog")));
        store("m1", List.of(product("m1", "OLD-1", "SPU000005-1", "6900000000017")));
        int count = 2 * ParallelRuleEngine.PRODUCTS_PER_PART + 17;
        List<Product> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String spu = String.format("SPU%06d", i);
            // the first and the last product share a SKU code: parts apart, still a duplicate of each other
            String sku = i == count - 1 ? "SPU000000-1" : spu + "-1";
            String merchant = i % 3 == 0 || i == count - 1 ? "m2" : "m1";
            batch.add(product(merchant, spu, sku, i == 10 ? "6900000000017" : RuleProducts.ean13(spu)));
        }
        long id = store("m1", batch);
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.store = store;
        engine.addPack(RulePackReader.read("t.rules.json", PACK));

        List<Finding> whole = engine.run(store.products(Subject.SYSTEM, new ProductQuery(id, "", "", 0)), "",
                done -> { }).findings();
        CountedParts counted = new CountedParts(store.batchProducts(id), false);
        List<Finding> streamed = new ArrayList<>();
        engine.stream(counted, "", done -> { }, streamed::addAll);

        assertEquals(whole, streamed);
        assertTrue(counted.most <= ParallelRuleEngine.PRODUCTS_PER_PART, "at most a part read at once: " + counted.most);
        assertEquals(List.of("m1|SPU000005|sku.duplicate-code|SKU编码SPU000005-1重复（商品库中商品OLD-1已使用）",
                "m1|SPU000010|sku.duplicate-barcode|条形码6900000000017重复（商品库中商品OLD-1已使用）",
                "m2|SPU000000|sku.duplicate-code|SKU编码SPU000000-1重复（本批出现2次）",
                String.format("m2|SPU%06d|sku.duplicate-code|SKU编码SPU000000-1重复（本批出现2次）", count - 1)),
                streamed.stream().filter(f -> f.code().startsWith("sku."))
                        .map(f -> f.merchant() + "|" + f.spuCode() + "|" + f.code() + "|" + f.message()).toList());
    }

    /**
     * The same batch validated as `validate` does it, where the store tells which products share an SKU code or
     * barcode: the duplicates across parts and against the catalogue are still found, with the same messages, but
     * the batch is read about once (the part being checked and the few products sharing a code), not once more
     * for each unique rule.
     */
    @Test
    void productsSharingNoCodeAreReadOnlyToBeChecked() throws Exception {
        store.open(CatalogDatabase.open(home.resolve("catalog")));
        store("m1", List.of(product("m1", "OLD-1", "SPU000005-1", "6900000000017")));
        int count = 5 * ParallelRuleEngine.PRODUCTS_PER_PART + 17; // a batch the store looks up in its index
        List<Product> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String spu = String.format("SPU%06d", i);
            String sku = i == count - 1 ? "SPU000000-1" : spu + "-1";
            String merchant = i % 3 == 0 || i == count - 1 ? "m2" : "m1";
            Product one = product(merchant, spu, sku, i == 10 ? "6900000000017" : RuleProducts.ean13(spu));
            if (i == 20) {
                // two SKUs of one product with one code: shares nothing with another product, still a duplicate
                one = new Product(one.merchant(), spu, one.title(), "", one.categoryPath(), one.brand(), one.attributes(),
                        one.description(), one.tags(), one.mainImages(), one.detailImages(), "", one.shippingTemplate(),
                        one.returnPolicy(), one.dispatchHours(), List.of(one.skus().get(0),
                                RuleProducts.sku(sku, RuleProducts.ean13(spu + "B"), "20", "59", "49")));
            }
            batch.add(one);
        }
        long id = store("m1", batch);
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.store = store;
        engine.addPack(RulePackReader.read("t.rules.json", PACK));
        List<Finding> whole = engine.run(store.products(Subject.SYSTEM, new ProductQuery(id, "", "", 0)), "",
                done -> { }).findings();

        CountedParts counted = new CountedParts(store.batchProducts(id), true);
        List<Finding> streamed = new ArrayList<>();
        engine.stream(counted, "", done -> { }, streamed::addAll);

        assertEquals(whole, streamed);
        assertEquals(List.of("m1|SPU000005|sku.duplicate-code|SKU编码SPU000005-1重复（商品库中商品OLD-1已使用）",
                "m1|SPU000010|sku.duplicate-barcode|条形码6900000000017重复（商品库中商品OLD-1已使用）",
                "m1|SPU000020|sku.duplicate-code|SKU编码SPU000020-1重复（本批出现2次）",
                "m1|SPU000020|sku.duplicate-code|SKU编码SPU000020-1重复（本批出现2次）",
                "m2|SPU000000|sku.duplicate-code|SKU编码SPU000000-1重复（本批出现2次）",
                String.format("m2|SPU%06d|sku.duplicate-code|SKU编码SPU000000-1重复（本批出现2次）", count - 1)),
                streamed.stream().filter(f -> f.code().startsWith("sku."))
                        .map(f -> f.merchant() + "|" + f.spuCode() + "|" + f.code() + "|" + f.message()).toList());
        assertTrue(counted.total < count + 100, "the batch read once, and the products sharing a code: " + counted.total
                + " products read for " + count);
    }

    /** A batch's parts that count what is read: the most products at once and all of them together. */
    private static final class CountedParts implements BatchProducts {
        private final BatchProducts parts;
        private final boolean tellsSharing;
        int most;
        int total;

        /** @param tellsSharing whether the store's answer on shared SKU codes is passed on, as `validate` has it */
        CountedParts(BatchProducts parts, boolean tellsSharing) {
            this.parts = parts;
            this.tellsSharing = tellsSharing;
        }

        public int size() {
            return parts.size();
        }

        public String merchant(int at) {
            return parts.merchant(at);
        }

        public String spuCode(int at) {
            return parts.spuCode(at);
        }

        public List<StoredProduct> read(int from, int to) throws CatalogException {
            most = Math.max(most, to - from);
            total += to - from;
            return parts.read(from, to);
        }

        public java.util.BitSet sharingSkuCodes() throws CatalogException {
            return tellsSharing ? parts.sharingSkuCodes() : null;
        }
    }
}
