package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Validating an imported batch with the base pack, then with a pack dropped into the deploy folder. */
class ValidateIT extends RunningShelf {
    private static final long WITHIN_MS = 10_000;
    private static final String MATERIAL_PACK = "{\"id\": \"apparel\", \"version\": \"1.2.0\","
            + " \"appliesTo\": {\"categories\": [\"服饰鞋包/**\"]},"
            + " \"rules\": [{\"id\": \"material-required\", \"code\": \"attr.required\", \"field\": \"attributes.材质\","
            + " \"check\": \"required\", \"severity\": \"error\", \"message\": \"服饰类目必须填写材质\"}]}";

    @Test
    void findingsNameTheirCellAndADeployedPackAddsItsOwn() throws Exception {
        new MerchantWorkbook("违规商品")
                .row("商品编码", "SPU-1", "商品标题", "最好的纯棉圆领T恤 女", "类目", "服饰鞋包>女装>T恤",
                        "SKU编码", "SPU-1-A", "条形码", 6901234567892d, "进货价", 8d, "销售价", 12.5, "促销价", 15d, "库存", 30d)
                .write(desk.resolve("违规.xlsx"));
        shelf.ok("import 违规.xlsx --merchant acme");

        String base = shelf.ok("validate 1");
        String banned = ShelfCommand.lineWith(base, "title.banned-word");
        assertNotNull(banned, base);
        assertTrue(banned.contains("SPU-1") && banned.contains("row 3, column B"), base);
        String promo = ShelfCommand.lineWith(base, "price.promo-above-sale");
        assertNotNull(promo, base);
        assertTrue(promo.contains("SPU-1-A") && promo.contains("row 3, column Q"), base);
        assertNull(ShelfCommand.lineWith(base, "attr.required"), base);
        assertTrue(base.strip().lines().reduce((a, b) -> b).orElseThrow().matches(
                "\\d+ errors?, \\d+ warnings?, \\d+ info in 1 product \\(pack base@[0-9.]+\\)"), base);

        Files.writeString(home.resolve("deploy/apparel.rules.json"), MATERIAL_PACK);
        String packs = shelf.poll("rules:list", list -> ShelfCommand.lineWith(list, "apparel") != null, WITHIN_MS);
        assertEquals(java.util.List.of("apparel", "1.2.0", "deploy"), ImportIT.columns(ShelfCommand.lineWith(packs, "apparel")));
        assertTrue(ShelfCommand.lineWith(packs, "base").endsWith("bundle"), packs);
        assertTrue(ShelfCommand.lineWith(shelf.ok("deploy:status"), "apparel.rules.json").contains("rule pack apparel 1.2.0 (1 rule)"));

        String withApparel = shelf.ok("validate 1");
        String material = ShelfCommand.lineWith(withApparel, "attr.required");
        assertNotNull(material, withApparel);
        assertTrue(material.contains("SPU-1") && material.contains("服饰类目必须填写材质"), withApparel);
        assertNotNull(ShelfCommand.lineWith(withApparel, "title.banned-word"), withApparel);
        assertTrue(withApparel.contains("apparel@1.2.0"), withApparel);

        Files.writeString(home.resolve("deploy/broken.rules.json"), MATERIAL_PACK.replace("\"apparel\"", "\"broken\"")
                .replace("\"required\"", "\"requird\""));
        String status = shelf.poll("deploy:status", list -> {
            String line = ShelfCommand.lineWith(list, "broken.rules.json");
            return line != null && line.contains("FAILED");
        }, WITHIN_MS);
        assertTrue(ShelfCommand.lineWith(status, "broken.rules.json").contains("rule material-required: unknown check 'requird'"),
                status);
        assertNull(ShelfCommand.lineWith(shelf.ok("rules:list"), "broken"));

        assertEquals("error: no batch 7 — see batch:list", shelf.run("-c", "validate 7").err().strip());
    }
}
