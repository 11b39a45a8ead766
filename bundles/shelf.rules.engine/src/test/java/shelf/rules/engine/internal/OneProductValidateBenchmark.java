package shelf.rules.engine.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.security.Subject;
import shelf.catalog.internal.H2CatalogStore;
import shelf.core.internal.database.CatalogDatabase;

/**
 * Not a test: a catalogue of 100,000 products (4 merchants × 25,000, 4 SKUs each) in a real H2 store, then one
 * product validated with the base pack's two uniqueness rules, as the review page and approve do; prints the
 * milliseconds of each of 10 rounds. Arguments: products per merchant (25000).
 */
public final class OneProductValidateBenchmark {
    private static final String RULES = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":["
            + "{\"id\":\"u\",\"code\":\"sku.duplicate-code\",\"field\":\"skus.skuCode\",\"check\":\"unique\","
            + "\"severity\":\"error\",\"message\":\"SKU编码{value}重复（{detail}）\"},"
            + "{\"id\":\"b\",\"code\":\"sku.duplicate-barcode\",\"field\":\"skus.barcode\",\"check\":\"unique\","
            + "\"severity\":\"error\",\"message\":\"条形码{value}重复（{detail}）\"}]}";

    public static void main(String[] args) throws Exception {
        int perMerchant = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
        Path home = Files.createTempDirectory("one-product-bench");
        H2CatalogStore store = new H2CatalogStore();
        store.open(CatalogDatabase.open(home.resolve("catalog")));
        long started = System.nanoTime();
        for (int m = 1; m <= 4; m++) {
            String merchant = "m" + m;
            List<ImportedProduct> products = new ArrayList<>(perMerchant);
            for (int p = 0; p < perMerchant; p++) {
                products.add(new ImportedProduct(product(merchant, p), Map.of()));
            }
            store.store(Subject.SYSTEM, new NewBatch(merchant, "商品表.xlsx", "商品", perMerchant * 4, products, List.of(),
                    "ops"));
        }
        System.out.printf("catalogue of %,d products stored in %d ms%n", perMerchant * 4,
                (System.nanoTime() - started) / 1_000_000);
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.store = store;
        engine.addPack(RulePackReader.read("t.rules.json", RULES));
        List<StoredProduct> one = store.product(Subject.SYSTEM, "SPU-2-00077");
        for (int round = 1; round <= 10; round++) {
            long t = System.nanoTime();
            List<Finding> found = engine.validate(one, "");
            System.out.printf("round %d: one product validated in %d ms, %d findings%n", round,
                    (System.nanoTime() - t) / 1_000_000, found.size());
        }
        store.close();
    }

    private static Product product(String merchant, int n) {
        String spu = String.format("SPU-%s-%05d", merchant.substring(1), n);
        List<shelf.api.catalog.Sku> skus = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            skus.add(RuleProducts.sku(spu + "-" + s, RuleProducts.ean13(spu.replace("-", "") + s), "20", "59", "49"));
        }
        Product p = RuleProducts.product(spu, "纯棉短袖T恤 女", skus);
        return new Product(merchant, spu, p.title(), "", p.categoryPath(), p.brand(), p.attributes(), p.description(),
                p.tags(), p.mainImages(), p.detailImages(), "", p.shippingTemplate(), p.returnPolicy(),
                p.dispatchHours(), p.skus());
    }
}
