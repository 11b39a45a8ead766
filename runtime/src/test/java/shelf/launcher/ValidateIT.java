package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Validating an imported batch with the packs a fresh instance has (base and the category bundles), then
 * with a pack dropped into the deploy folder: findings kept, a broken pack refused, rollback, a dry run.
 */
class ValidateIT extends RunningShelf {
    private static final long WITHIN_MS = 10_000;
    private static final String MATERIAL_PACK = "{\"id\": \"apparel\", \"version\": \"1.2.0\","
            + " \"appliesTo\": {\"categories\": [\"服饰鞋包/**\"]},"
            + " \"rules\": [{\"id\": \"material-required\", \"code\": \"attr.required\", \"field\": \"attributes.材质\","
            + " \"check\": \"required\", \"severity\": \"error\", \"message\": \"服饰类目必须填写材质\"}]}";

    @Test
    void findingsAreKeptAndADeployedPackCanBeRolledBack() throws Exception {
        new MerchantWorkbook("违规商品")
                .row("商品编码", "SPU-1", "商品标题", "最好的纯棉圆领T恤 女", "类目", "服饰鞋包>女装>T恤",
                        "SKU编码", "SPU-1-A", "条形码", 6901234567892d, "进货价", 8d, "销售价", 12.5, "促销价", 15d, "库存", 30d)
                .write(desk.resolve("违规.xlsx"));
        shelf.ok("import 违规.xlsx --merchant acme");

        String packs = shelf.ok("rules:list");
        for (String id : List.of("base", "apparel", "home", "digital")) {
            String line = ShelfCommand.lineWith(packs, id + " ");
            assertNotNull(line, packs);
            assertTrue(line.contains("bundle shelf.rules." + id) && line.endsWith("yes"), packs);
        }

        ShelfCommand.Result scripted = shelf.run("-c", "validate 1");
        assertEquals(1, scripted.status(), "validate in -c fails when errors were found: " + scripted);
        assertTrue(scripted.err().strip().matches("error: batch 1 has \\d+ errors — see findings 1 --severity error"),
                scripted.err());
        String summary = scripted.out();
        assertEquals(List.of("title.banned-word", "error", "1"), ImportIT.columns(ShelfCommand.lineWith(summary, "title.banned-word")));
        assertEquals(List.of("price.promo-above-sale", "error", "1"),
                ImportIT.columns(ShelfCommand.lineWith(summary, "price.promo-above-sale")));
        assertTrue(summary.strip().lines().reduce((a, b) -> b).orElseThrow().matches(
                "\\d+ errors, \\d+ warnings?, \\d+ info in 1 product \\(packs apparel@1.1.0, base@[0-9.]+\\)"),
                summary);

        String findings = shelf.ok("findings 1");
        String banned = ShelfCommand.lineWith(findings, "title.banned-word");
        assertTrue(banned.contains("SPU-1") && banned.contains("row 3, column B") && banned.contains("最"), findings);
        String promo = ShelfCommand.lineWith(shelf.ok("findings 1 --code price.promo-above-sale"), "SPU-1-A");
        assertTrue(promo.contains("row 3, column Q"), promo);
        assertEquals("No findings match", shelf.ok("findings 1 --sku NOPE").strip());
        assertNull(ShelfCommand.lineWith(shelf.ok("findings 1 --severity warning"), "title.banned-word"));

        String wrote = shelf.ok("report 1 --out 违规-问题.xlsx");
        assertTrue(wrote.startsWith("wrote "), wrote);
        try (var report = new org.apache.poi.xssf.usermodel.XSSFWorkbook(desk.resolve("违规-问题.xlsx").toFile())) {
            var rows = report.getSheet("违规商品") != null ? report.getSheet("违规商品") : report.getSheetAt(1);
            var title = rows.getRow(2).getCell(1);
            assertEquals("最好的纯棉圆领T恤 女", title.getStringCellValue());
            assertTrue(title.getCellComment().getString().getString().contains("title.banned-word"),
                    title.getCellComment().getString().getString());
        }

        long dropped = System.nanoTime();
        Files.writeString(home.resolve("deploy/apparel.rules.json"), MATERIAL_PACK);
        packs = shelf.poll("rules:list", list -> {
            String line = ShelfCommand.lineWith(list, "1.2.0");
            return line != null && line.endsWith("yes");
        }, WITHIN_MS);
        System.out.printf("deployed pack active after %d ms (including one shelf -c round trip)%n",
                (System.nanoTime() - dropped) / 1_000_000);
        assertEquals(List.of("apparel", "1.2.0", "deploy apparel.rules.json", "1", "yes"),
                ImportIT.columns(ShelfCommand.lineWith(packs, "1.2.0")));
        assertEquals(List.of("apparel", "1.1.0", "bundle shelf.rules.apparel", "6"),
                ImportIT.columns(ShelfCommand.lineWith(packs, "1.1.0")));

        assertTrue(shelf.run("-c", "validate 1").out().contains("attr.required"));
        String material = ShelfCommand.lineWith(shelf.ok("findings 1 --code attr.required"), "SPU-1");
        assertTrue(material.contains("服饰类目必须填写材质"), material);

        Files.writeString(home.resolve("deploy/apparel.rules.json"), MATERIAL_PACK.replace("1.2.0", "1.3.0")
                .replace("\"required\"", "\"requird\""));
        String status = shelf.poll("deploy:status", list -> {
            String line = ShelfCommand.lineWith(list, "apparel.rules.json");
            return line != null && line.contains("FAILED");
        }, WITHIN_MS);
        assertTrue(ShelfCommand.lineWith(status, "apparel.rules.json")
                .contains("apparel.rules.json, line 1, column 91 (rule material-required): unknown check 'requird'"), status);
        assertTrue(ShelfCommand.lineWith(shelf.ok("rules:list"), "1.2.0").endsWith("yes"), "the good version keeps running");

        assertEquals("rule pack apparel 1.1.0 is active again (bundle shelf.rules.apparel)",
                shelf.ok("rules:rollback apparel").strip());
        assertNull(ShelfCommand.lineWith(shelf.run("-c", "validate 1").out(), "attr.required"));
        assertTrue(shelf.ok("rules:show apparel").startsWith("apparel 1.1.0  (bundle shelf.rules.apparel)"));

        Files.writeString(desk.resolve("trial.rules.json"), MATERIAL_PACK.replace("1.2.0", "2.0.0"));
        String trial = shelf.ok("rules:test trial.rules.json 1");
        assertTrue(ShelfCommand.lineWith(trial, "attr.required").startsWith("+"), trial);
        assertTrue(ShelfCommand.lineWith(trial, "spec.required").startsWith("-"), "1.1.0's spec rules would go: " + trial);
        assertTrue(trial.strip().endsWith("apparel@2.0.0 in place of apparel@1.1.0 on batch 1: 1 findings added, 2 cleared "
                + "in 1 products — nothing deployed"), trial);
        assertNull(ShelfCommand.lineWith(shelf.ok("rules:list"), "2.0.0"));

        assertEquals("error: no batch 7 — see batch:list", shelf.run("-c", "validate 7").err().strip());
    }
}
