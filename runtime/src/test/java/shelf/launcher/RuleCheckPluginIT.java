package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 15, open extension points: a third party's bundle, built here and dropped into deploy/, adds a kind of
 * rule check with a pack using it, a command in a scope of its own, and the ACL entry of that command — with no
 * change to Shelf's bundles. And rule-pack bundles require the rule engine's extender: without the engine they do
 * not resolve, and bundle:diag says what is missing.
 */
class RuleCheckPluginIT extends RunningShelf {
    private static final long WITHIN_MS = 15_000;
    /** A category manager's pack in deploy/ that names the third party's check before its bundle is there. */
    private static final String STRICT_PACK = "{\"id\": \"gs1-strict\", \"version\": \"1.0.0\", \"rules\": ["
            + "{\"id\": \"only-690\", \"code\": \"barcode.not-690\", \"field\": \"skus.barcode\", \"check\": \"gtin-prefix\","
            + " \"prefixes\": [\"690\"], \"severity\": \"error\", \"message\": \"条形码须以690开头：{value}\"}]}";

    @Test
    void aThirdPartyBundleAddsARuleCheckACommandAndItsAclEntry() throws Exception {
        new MerchantWorkbook("商品")
                .row("商品编码", "SPU-1", "商品标题", "纯棉圆领T恤 女", "类目", "服饰鞋包>女装>T恤",
                        "SKU编码", "SPU-1-A", "条形码", "6901234567892", "销售价", 12.5, "库存", 30d)
                .row("商品编码", "SPU-2", "商品标题", "亚麻阔腿裤", "类目", "服饰鞋包>女装>裤子",
                        "SKU编码", "SPU-2-A", "条形码", "4006381333931", "销售价", 39.9, "库存", 5d)
                .write(desk.resolve("商品.xlsx"));
        shelf.ok("import 商品.xlsx --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        ShelfCommand lily = shelf.as("lily", "lily-pass-1");

        // a pack naming a check no installed bundle provides is refused, naming the pack, the rule and the check
        Files.writeString(home.resolve("deploy/gs1-strict.rules.json"), STRICT_PACK);
        String status = shelf.poll("deploy:status", s -> contains(s, "gs1-strict.rules.json", "FAILED"), WITHIN_MS);
        String refused = ShelfCommand.lineWith(status, "gs1-strict.rules.json");
        assertTrue(refused.contains("(rule only-690): unknown check 'gtin-prefix'")
                && refused.contains("install the bundle that adds the check 'gtin-prefix' first; rule pack gs1-strict 1.0.0 "
                        + "is not deployed"), status);
        assertNotEquals(0, lily.run("-c", "gs1:prefixes").status(), "no such command yet");

        Gs1BundleJar.write(desk.resolve("com.example.gs1-1.0.0.jar"));
        Files.copy(desk.resolve("com.example.gs1-1.0.0.jar"), home.resolve("deploy/com.example.gs1-1.0.0.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        String packs = shelf.poll("rules:list", list -> contains(list, "gs1 ", "yes"), WITHIN_MS);
        assertEquals(List.of("gs1", "1.0.0", "bundle com.example.gs1", "1", "yes"),
                ImportIT.columns(ShelfCommand.lineWith(packs, "gs1 ")));

        // (a) the bundle's pack runs with its check: the German barcode is found, with its cell
        String summary = lily.run("-c", "validate 1").out();
        assertEquals(List.of("barcode.not-chinese", "warning", "1"),
                ImportIT.columns(ShelfCommand.lineWith(summary, "barcode.not-chinese")), summary);
        String finding = ShelfCommand.lineWith(lily.ok("findings 1 --code barcode.not-chinese"), "SPU-2");
        assertNotNull(finding);
        assertTrue(finding.contains("SPU-2-A") && finding.contains("skus[SPU-2-A].barcode") && finding.contains("column N")
                && finding.contains("条形码4006381333931不是中国大陆的号段（前缀 400）"), finding);
        assertNull(ShelfCommand.lineWith(lily.ok("findings 1 --code barcode.not-chinese"), "SPU-1"));

        // the refused deploy/ pack deploys once the check is there and the file is copied again
        Files.writeString(home.resolve("deploy/gs1-strict.rules.json"), STRICT_PACK + "\n");
        shelf.poll("deploy:status", s -> contains(s, "gs1-strict.rules.json", "DEPLOYED"), WITHIN_MS);
        String strict = ShelfCommand.lineWith(shelf.run("-c", "validate 1").out(), "barcode.not-690");
        assertEquals(List.of("barcode.not-690", "error", "1"), ImportIT.columns(strict));

        // (b), (c) its command, which its ACL entry lets an editor run; its entry for user:add counts for nothing
        assertEquals("690-699  中国大陆 (GS1 China)", lily.ok("gs1:prefixes").lines().findFirst().orElseThrow());
        ShelfCommand.Result userAdd = lily.with("SHELF_NEW_PASSWORD", "mallory-pass-1").run("-c", "user:add mallory --role admin");
        assertEquals(1, userAdd.status(), userAdd.toString());
        assertEquals("error: user:add needs the role admin — lily has editor", userAdd.err().strip());
    }

    @Test
    void aRulePackBundleWithoutItsEngineDoesNotResolveAndDiagSaysWhatIsMissing() throws Exception {
        assertTrue(ShelfCommand.lineWith(shelf.ok("bundle:list"), "shelf.rules.apparel").contains("Active"));

        // the packs' features bring the pack library with them: here it is taken away by hand, as an operator might
        shelf.ok("bundle:uninstall shelf.rules.packs");

        String apparel = ShelfCommand.lineWith(shelf.ok("bundle:list"), "shelf.rules.apparel");
        assertTrue(apparel.contains("Installed"), apparel);
        assertEquals("missing extender shelf.rulepack [1.0.0,2.0.0) (the rule-pack library, which deploys the bundle's rule packs); "
                + "no installed bundle provides it — feature:install validation",
                ShelfCommand.lineWith(shelf.ok("bundle:diag shelf.rules.apparel"), "missing").strip());
        String weidian = ShelfCommand.lineWith(shelf.ok("bundle:list"), "shelf.channel.weidian");
        assertTrue(weidian.contains("Active"), "a channel's pack is optional: the adapter works without the engine " + weidian);

        shelf.ok("feature:install validation"); // puts back what was taken from the feature
        String packs = shelf.poll("rules:list", list -> contains(list, "apparel ", "yes") && contains(list, "weidian ", "yes"),
                WITHIN_MS);
        assertTrue(ShelfCommand.lineWith(shelf.ok("bundle:list"), "shelf.rules.apparel").contains("Active"), packs);
    }

    private static boolean contains(String table, String row, String text) {
        String line = ShelfCommand.lineWith(table, row);
        return line != null && line.contains(text);
    }
}
