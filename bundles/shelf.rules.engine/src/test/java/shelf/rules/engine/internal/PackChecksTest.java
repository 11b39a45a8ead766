package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.rules.engine.internal.RuleProducts.good;
import static shelf.rules.engine.internal.RuleProducts.product;
import static shelf.rules.engine.internal.RuleProducts.sku;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/** Each check of the JSON format: given a one-rule pack and products, validate, expect these findings. */
class PackChecksTest {

    static List<Finding> validate(String rule, Product... products) throws Exception {
        String json = "{\"id\":\"t\",\"version\":\"1.0.0\",\"appliesTo\":{\"categories\":[\"服饰鞋包/**\"]},\"rules\":["
                + rule + "]}";
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(RulePackReader.read("t.rules.json", json));
        return engine.validateProducts(List.of(products), "");
    }

    static String rule(String check, String field, String params) {
        return "{\"id\":\"r\",\"code\":\"c\",\"field\":\"" + field + "\",\"check\":\"" + check
                + "\",\"severity\":\"warning\",\"message\":\"值{value}：{detail}\"" + params + "}";
    }

    static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.spuCode() + "|" + f.skuCode() + "|" + f.field() + "|" + f.message()).toList();
    }

    @Test
    void requiredReportsEachMissingAttributeOncePerProduct() throws Exception {
        Product bare = new Product("m1", "P2", "T恤", "", "服饰鞋包/女装", "", Map.of(), "", List.of(), List.of(),
                List.of(), "", "", "", null, List.of());
        List<Finding> found = validate(rule("required", "attributes.材质", ""), good("P1"), bare);
        assertEquals(List.of("P2||attributes.材质|值：未填写"), summary(found));
        Finding f = found.get(0);
        assertEquals("c", f.code());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("t@1.0.0", f.pack());
    }

    @Test
    void requiredSkuFieldIsOneFindingPerSku() throws Exception {
        Product p = product("P1", "T恤", List.of(sku("A", "", "1", "2", "1"), sku("B", "", "1", "2", "1")));
        assertEquals(List.of("P1|A|skus[A].barcode|值：未填写", "P1|B|skus[B].barcode|值：未填写"),
                summary(validate(rule("required", "skus.barcode", ""), p)));
    }

    @Test
    void maxLengthInGbkBytes() throws Exception {
        Product p = product("P1", "棉".repeat(11), List.of());
        assertEquals(List.of("P1||title|值" + "棉".repeat(11) + "：22字节，最多20字节"),
                summary(validate(rule("maxLength", "title", ",\"max\":20,\"unit\":\"gbk\""), p)));
        assertEquals(List.of(), validate(rule("maxLength", "title", ",\"max\":20"), p));
    }

    @Test
    void minLengthInCharacters() throws Exception {
        assertEquals(List.of("P1||title|值短：1字，至少5字"),
                summary(validate(rule("minLength", "title", ",\"min\":5"), product("P1", "短", List.of()))));
    }

    @Test
    void patternMustMatchTheWholeValue() throws Exception {
        Product p = product("P1", "T", List.of(sku("a-1", "", "1", "2", "1"), sku("A-2", "", "1", "2", "1")));
        assertEquals(List.of("P1|a-1|skus[a-1].skuCode|值a-1：不符合格式"),
                summary(validate(rule("pattern", "skus.skuCode", ",\"regex\":\"[A-Z]-\\\\d+\""), p)));
    }

    @Test
    void rangeComparesPricesExactly() throws Exception {
        Product p = product("P1", "T", List.of(sku("A", "", "1", "0.00", "0"), sku("B", "", "1", "0.01", "0"),
                sku("C", "", "1", "100000.01", "0")));
        assertEquals(List.of("P1|A|skus[A].salePrice|值0.00：小于0.01", "P1|C|skus[C].salePrice|值100000.01：大于100000"),
                summary(validate(rule("range", "skus.salePrice", ",\"min\":\"0.01\",\"max\":100000"), p)));
    }

    @Test
    void oneOfAllowsListedValuesOnly() throws Exception {
        Product p = product("P1", "T", List.of(new Sku("A", "", Map.of("尺码", "XXXL"), null, null, null, null, 1, null)));
        assertEquals(List.of("P1|A|skus[A].specs.尺码|值XXXL：「XXXL」不在可选值中"),
                summary(validate(rule("oneOf", "skus.specs.尺码", ",\"values\":[\"S\",\"M\",\"L\"]"), p)));
    }

    @Test
    void notContainsWordsNamesEveryWordFoundOnce() throws Exception {
        Product p = product("P1", "全网最低 最佳T恤 最佳", List.of());
        assertEquals(List.of("P1||title|值全网最低 最佳T恤 最佳：最、全网最低、最佳"),
                summary(validate(rule("notContainsWords", "title", ",\"words\":[\"最\",\"全网最低\",\"最佳\",\"第一\"]"), p)));
    }

    @Test
    void uniqueFindsEveryOccurrenceWithinTheMerchant() throws Exception {
        Product a = product("P1", "T", List.of(sku("X", "", "1", "2", "1"), sku("Y", "", "1", "2", "1")));
        Product b = product("P2", "T", List.of(sku("X", "", "1", "2", "1")));
        Product other = new Product("m2", "P3", "T", "", "服饰鞋包/女装", "", Map.of(), "", List.of(), List.of(),
                List.of(), "", "", "", null, List.of(sku("Y", "", "1", "2", "1")));
        assertEquals(List.of("P1|X|skus[X].skuCode|值X：本批出现2次", "P2|X|skus[X].skuCode|值X：本批出现2次"),
                summary(validate(rule("unique", "skus.skuCode", ""), a, b, other)));
    }

    @Test
    void barcodeChecksTheCheckDigit() throws Exception {
        Product p = product("P1", "T", List.of(sku("A", "6901234567892", "1", "2", "1"),
                sku("B", "6901234567891", "1", "2", "1"), sku("C", "036000291452", "1", "2", "1")));
        assertEquals(List.of("P1|B|skus[B].barcode|值6901234567891：校验位错误"),
                summary(validate(rule("barcode", "skus.barcode", ""), p)));
    }

    @Test
    void expressionPerSkuSkipsMissingValues() throws Exception {
        Product p = product("P1", "T", List.of(sku("A", "", "1", "50", "60"), sku("B", "", "1", "50", "40"),
                sku("C", "", "1", "50", null)));
        assertEquals(List.of("P1|A|skus[A].promoPrice|值60：promoPrice <= salePrice"),
                summary(validate(rule("expression", "skus.promoPrice", ",\"expression\":\"promoPrice <= salePrice\""), p)));
    }

    @Test
    void expressionMayCallWhitelistedStringMethods() throws Exception {
        Product p = product("P1", "T恤", List.of());
        assertEquals(List.of("P1||title|值T恤：title.startsWith('【')"),
                summary(validate(rule("expression", "title", ",\"expression\":\"title.startsWith('【')\""), p)));
    }

    @Test
    void packOutsideItsCategoriesOrChannelsChecksNothing() throws Exception {
        Product home = new Product("m1", "P9", "", "", "家居日用/厨具", "", Map.of(), "", List.of(), List.of(),
                List.of(), "", "", "", null, List.of());
        assertEquals(List.of(), validate(rule("required", "title", ""), home));
        var pack = RulePackReader.read("c.rules.json", "{\"id\":\"c\",\"version\":\"1.0.0\",\"appliesTo\":"
                + "{\"channels\":[\"douyin\"]},\"rules\":[" + rule("required", "title", "") + "]}");
        assertEquals(false, pack.appliesTo(home, ""));
        assertEquals(true, pack.appliesTo(home, "douyin"));
    }
}
