package shelf.rules.packs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import shelf.rules.engine.internal.RuleEngineFixture;

/**
 * What the installed packs require of every product — what the import template marks 上架必填 — read from the
 * active packs' "required" rules: the base pack's, not a category's or a channel's, and following a deploy.
 */
class RequiredFieldsTest {
    private final InstalledRulePacks library = new InstalledRulePacks(RuleEngineFixture.reader(), (pack, properties) -> () -> { });

    @Test
    void theShippedPacksRequireTheBasePacksFields() {
        for (String name : List.of("base", "apparel", "home", "digital")) {
            library.deploy(RuleEngineFixture.bundled(name), RuleEngineFixture.bundledText(name), "bundle shelf.rules." + name, name);
        }
        assertEquals(Set.of("spuCode", "title", "categoryPath", "brand", "attributes.型号", "attributes.材质", "attributes.产地",
                "description", "mainImages", "detailImages", "shippingTemplate", "returnPolicy", "dispatchHours", "skus",
                "skus.skuCode", "skus.barcode", "skus.costPrice", "skus.salePrice", "skus.promoPrice", "skus.stock",
                "skus.weightKg"), library.requiredFields());
    }

    @Test
    void aDeployedPackChangesTheAnswerAndACategoryPackDoesNot() throws Exception {
        String mine = "{\"id\":\"mine\",\"version\":\"1.0.0\",\"rules\":["
                + "{\"id\":\"t\",\"code\":\"field.required\",\"field\":\"title\",\"check\":\"required\",\"severity\":\"error\",\"message\":\"标题\"},"
                + "{\"id\":\"v\",\"code\":\"field.required\",\"field\":\"video\",\"check\":\"required\",\"severity\":\"warning\",\"message\":\"视频\"}]}";
        library.deploy(RuleEngineFixture.read("mine.rules.json", mine), mine, "deploy mine.rules.json", "mine.rules.json");
        String cat = "{\"id\":\"cat\",\"version\":\"1.0.0\",\"appliesTo\":{\"categories\":[\"数码配件/**\"]},"
                + "\"rules\":[{\"id\":\"b\",\"code\":\"field.required\",\"field\":\"brand\",\"check\":\"required\",\"severity\":\"error\",\"message\":\"品牌\"}]}";
        library.deploy(RuleEngineFixture.read("cat.rules.json", cat), cat, "deploy cat.rules.json", "cat.rules.json");
        assertEquals(Set.of("title"), library.requiredFields(), "a warning does not block, a category pack is its category's");
        library.withdraw("mine.rules.json");
        assertEquals(Set.of(), library.requiredFields());
    }
}
