package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductQuery;
import shelf.api.finding.Finding;
import shelf.catalog.internal.H2CatalogStore;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/** unique across the merchant's catalogue: a SKU code another stored product already uses, in a real H2 store. */
class CatalogueUniquenessTest {
    private static final String RULE = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"u\",\"code\":\"sku.duplicate-code\","
            + "\"field\":\"skus.skuCode\",\"check\":\"unique\",\"severity\":\"error\",\"message\":\"SKU编码{value}重复（{detail}）\"}]}";

    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();

    @AfterEach
    void close() {
        store.close();
    }

    private long importBatch(String merchant, Product... products) throws Exception {
        return store.store(Subject.SYSTEM, new NewBatch(merchant, "商品表.xlsx", "商品", products.length,
                List.of(products).stream().map(p -> new ImportedProduct(p, Map.of())).toList(), List.of(), "ops")).id();
    }

    private static Product of(String merchant, String spu, String skuCode) {
        Product p = RuleProducts.product(spu, "纯棉短袖T恤 女", List.of(RuleProducts.sku(skuCode, RuleProducts.ean13(spu),
                "20", "59", "49")));
        return new Product(merchant, spu, p.title(), "", p.categoryPath(), p.brand(), p.attributes(), p.description(),
                p.tags(), p.mainImages(), p.detailImages(), "", p.shippingTemplate(), p.returnPolicy(), p.dispatchHours(),
                p.skus());
    }

    @Test
    void aSkuCodeUsedByAnotherStoredProductOfTheMerchantIsADuplicate() throws Exception {
        store.open(CatalogDatabase.open(home.resolve("catalog")));
        importBatch("m1", of("m1", "OLD-1", "SKU-9"));
        importBatch("m2", of("m2", "OTHER-1", "SKU-7"));
        long batch = importBatch("m1", of("m1", "NEW-1", "SKU-9"), of("m1", "NEW-2", "SKU-7"));

        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.store = store;
        engine.addPack(RulePackReader.read("t.rules.json", RULE));
        List<Finding> found = engine.validate(store.products(Subject.SYSTEM, new ProductQuery(batch, "", "", 0)), "");

        assertEquals(List.of("NEW-1|SKU-9|SKU编码SKU-9重复（商品库中商品OLD-1已使用）"),
                found.stream().map(f -> f.spuCode() + "|" + f.skuCode() + "|" + f.message()).toList(),
                "another merchant's SKU-7 is not a duplicate");
    }

    private static final String BARCODE_RULE = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"b\","
            + "\"code\":\"sku.duplicate-barcode\",\"field\":\"skus.barcode\",\"check\":\"unique\",\"severity\":\"error\","
            + "\"message\":\"条形码{value}重复（{detail}）\"}]}";

    /** The review page and approve validate one product: its values are looked up, the merchant's products not read. */
    @Test
    void oneProductIsCheckedAgainstTheCatalogueWithoutReadingTheMerchantsProducts() throws Exception {
        int[] listed = {0};
        H2CatalogStore counting = new H2CatalogStore() {
            @Override
            public List<shelf.api.catalog.StoredProduct> products(Subject subject, ProductQuery query)
                    throws shelf.api.catalog.CatalogException {
                listed[0]++;
                return super.products(subject, query);
            }
        };
        counting.open(CatalogDatabase.open(home.resolve("catalog")));
        try {
            Product old = of("m1", "OLD-1", "SKU-9");
            counting.store(Subject.SYSTEM, new NewBatch("m1", "商品表.xlsx", "商品", 3, List.of(
                    new ImportedProduct(old, Map.of()), new ImportedProduct(of("m1", "OLD-2", "SKU-2"), Map.of()),
                    new ImportedProduct(of("m1", "NEW-1", "SKU-1"), Map.of())), List.of(), "ops"));
            Product renamed = of("m1", "NEW-1", "SKU-1");
            Product sameBarcode = new Product("m1", "NEW-1", renamed.title(), "", renamed.categoryPath(),
                    renamed.brand(), renamed.attributes(), renamed.description(), renamed.tags(), renamed.mainImages(),
                    renamed.detailImages(), "", renamed.shippingTemplate(), renamed.returnPolicy(),
                    renamed.dispatchHours(), List.of(RuleProducts.sku("SKU-9", old.skus().get(0).barcode(), "20", "59", "49")));
            counting.update(Subject.SYSTEM, sameBarcode);

            ParallelRuleEngine engine = new ParallelRuleEngine();
            engine.store = counting;
            engine.addPack(RulePackReader.read("t.rules.json", RULE));
            engine.addPack(RulePackReader.read("b.rules.json", BARCODE_RULE.replace("\"t\"", "\"b\"")));
            List<Finding> found = engine.validate(counting.product(Subject.SYSTEM, "NEW-1"), "");

            assertEquals(List.of("sku.duplicate-barcode|条形码" + old.skus().get(0).barcode() + "重复（商品库中商品OLD-1已使用）",
                    "sku.duplicate-code|SKU编码SKU-9重复（商品库中商品OLD-1已使用）"),
                    found.stream().map(f -> f.code() + "|" + f.message()).toList());
            assertEquals(0, listed[0], "no product listed");
        } finally {
            counting.close();
        }
    }

    @Test
    void aBatchThatIsTheWholeCatalogueIsNotReadTwice() throws Exception {
        store.open(CatalogDatabase.open(home.resolve("catalog")));
        long batch = importBatch("m1", of("m1", "A", "SKU-1"), of("m1", "B", "SKU-1"));

        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.store = store;
        engine.addPack(RulePackReader.read("t.rules.json", RULE));
        List<Finding> found = engine.validate(store.products(Subject.SYSTEM, new ProductQuery(batch, "", "", 0)), "");

        assertEquals(List.of("A|本批出现2次", "B|本批出现2次"), found.stream()
                .map(f -> f.spuCode() + "|" + f.message().replaceAll(".*（(.*)）", "$1")).toList());
        assertEquals(2, store.count(Subject.SYSTEM, new ProductQuery(null, "", "m1", 0)));
    }
}
