package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.rules.engine.internal.RuleProducts.ean13;
import static shelf.rules.engine.internal.RuleProducts.good;
import static shelf.rules.engine.internal.RuleProducts.product;
import static shelf.rules.engine.internal.RuleProducts.sku;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;

/** The base pack over a batch with one seeded defect per product, through the engine. */
class BaseRulePackTest {

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.spuCode() + "|" + f.skuCode() + "|" + f.code() + "|" + f.field()).toList();
    }

    static ParallelRuleEngine engine() {
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(RulePackFiles.load("base"));
        return engine;
    }

    @Test
    void aFaultlessProductHasNoFindings() {
        assertEquals(List.of(), engine().validateProducts(List.of(good("P1"), good("P2")), ""));
    }

    @Test
    void eachSeededDefectGivesItsFinding() {
        List<Product> batch = List.of(
                product("P1", "全网最低价 最佳纯棉T恤", good("P1").skus()),
                product("P2", "棉".repeat(31), good("P2").skus()),
                product("P3", "T恤", List.of(sku("P3-1", ean13("P3"), "20", "59", "69"))),
                product("P4", "T恤", List.of(sku("P4-1", ean13("P4"), "80", "59", "49"))),
                product("P5", "T恤", List.of(sku("P5-1", "6901234567891", "20", "59", "49"))),
                product("P6", "T恤", List.of(sku("P1-1", ean13("P6"), "20", "59", "49"))),
                product("P7", "", good("P7").skus()));
        assertEquals(List.of(
                "P1||title.banned-word|title",
                "P1|P1-1|sku.duplicate-code|skus[P1-1].skuCode",
                "P2||title.too-long|title",
                "P3|P3-1|price.promo-above-sale|skus[P3-1].promoPrice",
                "P4|P4-1|price.cost-above-sale|skus[P4-1].costPrice",
                "P5|P5-1|barcode.bad-check-digit|skus[P5-1].barcode",
                "P6|P1-1|sku.duplicate-code|skus[P1-1].skuCode",
                "P7||field.required|title"), codes(engine().validateProducts(batch, "")));
    }

    @Test
    void messagesAreForTheOperator() {
        List<Finding> found = engine().validateProducts(List.of(product("P1", "全网最低价 最佳纯棉T恤", good("P1").skus()),
                product("P3", "T恤", List.of(sku("P3-1", ean13("P3"), "20", "59", "69")))), "");
        assertEquals("标题含广告法禁用的绝对化用语：最、全网最低、最佳，请删除", found.get(0).message());
        assertEquals("促销价69高于销售价，请核对（规则：promoPrice <= salePrice）", found.get(1).message());
        assertEquals("base@1.1.0", found.get(0).pack());
    }

    @Test
    void findingsCarryTheCellTheValueCameFrom() {
        Product p = product("P1", "T恤", List.of(sku("A", "6901234567891", "20", "59", "49")));
        SourceCell barcodeCell = new SourceCell("商品表.xlsx", "商品", 2, 12);
        StoredProduct stored = new StoredProduct(p, 1, Map.of("skus[A].barcode", barcodeCell), 1, Instant.EPOCH);
        List<Finding> found = engine().validate(List.of(stored), "");
        assertEquals(1, found.size());
        assertEquals(barcodeCell, found.get(0).source());
    }

    @Test
    void aPackThatThrowsCostsOnlyItsOwnFindings() {
        ParallelRuleEngine engine = engine();
        engine.addPack(new shelf.api.rules.RulePack() {
            public String id() { return "broken"; }
            public String version() { return "0.1.0"; }
            public boolean appliesTo(Product product, String channel) { return true; }
            public List<Finding> check(Product product, shelf.api.rules.BatchContext batch) {
                throw new IllegalStateException("boom");
            }
        });
        List<Finding> found = engine.validateProducts(List.of(product("P7", "", good("P7").skus())), "");
        assertEquals(List.of("P7||field.required|title", "P7||pack.failed|"), codes(found));
    }

    @Test
    void aPackThatFailsWithAnErrorCostsOnlyItsOwnFindings() {
        ParallelRuleEngine engine = engine();
        engine.addPack(new shelf.api.rules.RulePack() {
            public String id() { return "exhausted"; }
            public String version() { return "0.1.0"; }
            public boolean appliesTo(Product product, String channel) { return true; }
            public List<Finding> check(Product product, shelf.api.rules.BatchContext batch) {
                throw new OutOfMemoryError("Java heap space");
            }
        });
        List<Finding> found = engine.validateProducts(List.of(product("P7", "", good("P7").skus())), "");
        assertEquals(List.of("P7||field.required|title", "P7||pack.failed|"), codes(found));
    }
}
