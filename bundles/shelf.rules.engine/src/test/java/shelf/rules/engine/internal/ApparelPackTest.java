package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static shelf.rules.engine.internal.RuleProducts.ean13;
import static shelf.rules.engine.internal.RuleProducts.price;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.rules.engine.spi.RulePackFormatException;

/**
 * The apparel pack over clothes and bags: a bag (服饰鞋包/箱包/…) has a colour and no size, and is not asked for
 * one; a T-shirt still is. A rule's own "appliesTo" is how a pack says so.
 */
class ApparelPackTest {

    private static Product inCategory(String spu, String category, Map<String, String> specs) {
        Sku sku = new Sku(spu + "-1", ean13(spu), specs, price("20"), price("59"), price("49"), null, 10, new BigDecimal("0.3"));
        return new Product("m1", spu, "时尚百搭大容量双肩背包 通勤", "", category, "优衣库", Map.of("型号", "B-1", "材质", "帆布", "产地", "广东"),
                "<p>好</p>", List.of(), List.of("https://img.example.com/a.jpg"), List.of("https://img.example.com/d.jpg"), "",
                "包邮", "七天无理由", 48, List.of(sku));
    }

    private static List<String> findings(Product product) {
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(RulePackFiles.load("apparel"));
        return BaseRulePackTest.codes(engine.validateProducts(List.of(product), ""));
    }

    @Test
    void aBagIsNotAskedForASize() {
        assertEquals(List.of(), findings(inCategory("B1", "服饰鞋包/箱包/双肩包", Map.of("颜色", "黑色"))));
        assertEquals(List.of(), findings(inCategory("B2", "服饰鞋包/女包/单肩包", Map.of("颜色", "黑色"))));
    }

    @Test
    void clothesStillAre() {
        assertEquals(List.of("T1|T1-1|spec.required|skus[T1-1].specs.尺码"),
                findings(inCategory("T1", "服饰鞋包/女装/T恤", Map.of("颜色", "白色"))));
        assertEquals(List.of("B3|B3-1|spec.required|skus[B3-1].specs.颜色"),
                findings(inCategory("B3", "服饰鞋包/箱包/双肩包", Map.of())), "a bag still needs its colour");
    }

    @Test
    void aRuleScopeNarrowsItsPacksAndIsCheckedLikeThePacks() throws Exception {
        String rule = "{\"id\":\"size\",\"code\":\"spec.required\",\"field\":\"skus.specs.尺码\",\"check\":\"required\","
                + "\"severity\":\"error\",\"message\":\"要尺码\",\"appliesTo\":%s}";
        DeclarativeRulePack pack = RulePackReader.read("t.rules.json", "{\"id\":\"t\",\"version\":\"1.0.0\","
                + "\"appliesTo\":{\"categories\":[\"服饰鞋包/**\"],\"except\":[\"服饰鞋包/童装/**\"]},\"rules\":["
                + rule.formatted("{\"categories\":[\"服饰鞋包/女装/**\"]}") + "]}");
        Map<String, String> noSize = Map.of("颜色", "白色");
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(pack);
        assertEquals(List.of("W|W-1|spec.required|skus[W-1].specs.尺码"), BaseRulePackTest.codes(engine.validateProducts(
                List.of(inCategory("W", "服饰鞋包/女装/T恤", noSize), inCategory("M", "服饰鞋包/男装/T恤", noSize)), "")));
        assertEquals(false, pack.appliesTo(inCategory("K", "服饰鞋包/童装/T恤", noSize), ""));
        assertEquals(Set.of(), pack.requiredEverywhere(), "a pack of one category requires nothing of every product");

        RulePackFormatException channels = assertThrows(RulePackFormatException.class, () -> RulePackReader.read("t.rules.json",
                "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":[" + rule.formatted("{\"channels\":[\"douyin\"]}") + "]}"));
        assertEquals("t.rules.json, line 1, column 38 (rule size): \"appliesTo\" of a rule has unknown key \"channels\" — use "
                + "\"categories\" or \"except\" (channels are the pack's)", channels.getMessage());
    }
}
