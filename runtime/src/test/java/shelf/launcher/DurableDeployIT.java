package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the deploy folder holds is in force after any restart — a clean stop or kill -9 — as a category manager
 * sees it: deploy:status, rules:list and validate agree. Tried on the real distribution, as in ValidateIT.
 */
class DurableDeployIT extends RunningShelf {
    private static final long WITHIN_MS = 15_000;
    private static final String MATERIAL_PACK = "{\"id\": \"apparel\", \"version\": \"1.2.0\","
            + " \"appliesTo\": {\"categories\": [\"服饰鞋包/**\"]},"
            + " \"rules\": [{\"id\": \"material-required\", \"code\": \"attr.required\", \"field\": \"attributes.材质\","
            + " \"check\": \"required\", \"severity\": \"error\", \"message\": \"服饰类目必须填写材质\"}]}";

    @Test
    void aRulePackDroppedIntoDeployIsInForceAfterACleanRestartAndAfterKill9() throws Exception {
        new MerchantWorkbook("商品")
                .row("商品编码", "SPU-1", "商品标题", "纯棉圆领T恤 女", "类目", "服饰鞋包>女装>T恤",
                        "SKU编码", "SPU-1-A", "条形码", 6901234567892d, "进货价", 8d, "销售价", 12.5, "库存", 30d)
                .write(desk.resolve("t恤.xlsx"));
        shelf.ok("import t恤.xlsx --merchant acme");
        Files.writeString(home.resolve("deploy/apparel.rules.json"), MATERIAL_PACK);
        shelf.poll("rules:list", list -> activeLine(list) != null, WITHIN_MS);
        assertInForce("after the drop");

        assertEquals(0, shelf.run("stop").status());
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
        assertInForce("after a clean restart");

        long pid = Long.parseLong(Files.readString(home.resolve("data/shelf.pid")).strip());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
        assertInForce("after kill -9");
    }

    @Test
    void aPackEditedInPlaceUnderTheSameVersionIsRefusedAndRollbackIsShownInDeployStatus() throws Exception {
        Files.writeString(home.resolve("deploy/apparel.rules.json"), MATERIAL_PACK);
        shelf.poll("rules:list", list -> activeLine(list) != null, WITHIN_MS);

        Files.writeString(home.resolve("deploy/apparel.rules.json"), MATERIAL_PACK.replace("\"error\"", "\"warning\""));
        String status = shelf.poll("deploy:status", out -> ShelfCommand.lineWith(out, "apparel.rules.json").contains("FAILED"),
                WITHIN_MS);
        assertTrue(ShelfCommand.lineWith(status, "apparel.rules.json").contains("apparel.rules.json: rule pack apparel "
                + "1.2.0 is already deployed with other rules (from deploy apparel.rules.json), which are kept"), status);
        assertTrue(ShelfCommand.lineWith(shelf.ok("rules:show apparel"), "material-required").contains("error"),
                "the earlier content still runs");

        Files.writeString(home.resolve("deploy/apparel.rules.json"), MATERIAL_PACK.replace("1.2.0", "1.3.0"));
        shelf.poll("rules:list", list -> {
            String line = ShelfCommand.lineWith(list, "1.3.0");
            return line != null && line.endsWith("yes");
        }, WITHIN_MS);
        assertEquals("rule pack apparel 1.2.0 is active again (deploy apparel.rules.json)",
                shelf.ok("rules:rollback apparel").strip());
        assertTrue(ShelfCommand.lineWith(shelf.ok("deploy:status"), "apparel.rules.json").contains(
                "rule pack apparel 1.3.0 (1 rule), rolled back: apparel 1.2.0 (an earlier content of this file) is in force"));
        assertEquals("rule pack apparel 1.1.0 is active again (bundle shelf.rules.apparel)",
                shelf.ok("rules:rollback apparel").strip());
        ShelfCommand.Result first = shelf.run("-c", "rules:rollback apparel");
        assertEquals("error: rule pack apparel has no version deployed before 1.1.0 to roll back to; to withdraw it, "
                + "stop or uninstall bundle shelf.rules.apparel", first.err().strip());

        String title = ShelfCommand.lineWith(shelf.ok("rules:show base"), "title-too-long");
        assertTrue(title.contains("max=60, unit=gbk"), title);
    }

    @Test
    void installingAFeatureWhoseBundleWasUninstalledByHandRepairsIt() throws Exception {
        shelf.ok("bundle:uninstall shelf.importer.csv");
        assertEquals(null, ShelfCommand.lineWith(shelf.ok("bundle:list"), "shelf.importer.csv"));

        String repaired = shelf.ok("feature:install importers").strip();

        assertTrue(repaired.startsWith("Repaired feature importers 0.1.0: installed again shelf.importer.csv"), repaired);
        String csv = ShelfCommand.lineWith(shelf.ok("bundle:list"), "shelf.importer.csv");
        assertNotNull(csv);
        assertTrue(csv.toLowerCase().contains("active"), csv);
        assertEquals("Feature importers is already installed", shelf.ok("feature:install importers").strip());
    }

    private void assertInForce(String when) throws Exception {
        String packs = shelf.poll("rules:list", list -> activeLine(list) != null, WITHIN_MS);
        assertEquals(List.of("apparel", "1.2.0", "deploy apparel.rules.json", "1", "yes"),
                ImportIT.columns(activeLine(packs)), when + ": " + packs);
        String status = ShelfCommand.lineWith(shelf.ok("deploy:status"), "apparel.rules.json");
        assertTrue(status != null && status.contains("DEPLOYED") && status.contains("rule pack apparel 1.2.0 (1 rule)"),
                when + ": " + status);
        ShelfCommand.Result validated = shelf.run("-c", "validate 1");
        assertTrue(validated.out().contains("attr.required"), when + ", validate applies the pack: " + validated);
        assertTrue(validated.out().contains("apparel@1.2.0"), when + ": " + validated);
    }

    private static String activeLine(String rulesList) {
        String line = ShelfCommand.lineWith(rulesList, "deploy apparel.rules.json");
        return line != null && line.endsWith("yes") ? line : null;
    }
}
