package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import shelf.image.standard.bench.BenchmarkPhotos;

/**
 * Data scopes decided by the catalogue's services, tried as issue 13 tried them: an editor of acme reaches for
 * bolt's batch through findings, report, images:process, validate and batch:show; an editor of acme's
 * 服饰鞋包 only reaches for acme's phones. Each is refused or filtered with the line a user sees, and their own
 * work still runs.
 */
class CatalogScopeIT extends RunningShelf {
    private ShelfCommand lily;
    private ShelfCommand mei;

    /** bolt's batch 1 (a shirt), acme's batch 2 (a T-shirt and a phone), and acme's two editors. */
    private void twoMerchantsAndTheirEditors() throws Exception {
        Path img = Files.createDirectories(desk.resolve("图片"));
        int seed = 0;
        for (String spu : new String[] {"B-1", "A-1", "A-2"}) {
            BenchmarkPhotos.write(BenchmarkPhotos.photo(1000, 1000, ++seed), img.resolve(spu + ".jpg"), 0.9f);
        }
        csv("bolt.csv", "B-1,男士衬衫 长袖,服饰鞋包>男装>衬衫");
        csv("acme.csv", "A-1,纯棉T恤 女款,服饰鞋包>女装>T恤", "A-2,智能手机 5G,数码>手机");
        shelf.ok("import bolt.csv --merchant bolt; import acme.csv --merchant acme");
        shelf.run("-c", "validate 1"); // bolt's findings exist (its errors make -c fail: not the point here)
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "mei-pass-1").ok("user:add mei --role editor --merchant acme --category 服饰鞋包");
        lily = shelf.as("lily", "lily-pass-1");
        mei = shelf.as("mei", "mei-pass-1");
    }

    private void csv(String name, String... products) throws Exception {
        StringBuilder text = new StringBuilder("商品编码,商品标题,类目,主图,SKU编码,销售价,库存\n");
        for (String p : products) {
            String spu = p.substring(0, p.indexOf(','));
            text.append(p).append(",图片/").append(spu).append(".jpg,").append(spu).append("-A,59.00,10\n");
        }
        Files.writeString(desk.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void refused(ShelfCommand who, String command, String message) throws Exception {
        ShelfCommand.Result result = who.run("-c", command);
        assertEquals(1, result.status(), command + ": " + result);
        assertEquals("error: " + message + "\n", result.err(), command);
    }

    @Test
    void anEditorOfAcmeIsRefusedBoltsBatchByEveryDoor() throws Exception {
        twoMerchantsAndTheirEditors();
        String outside = "batch 1 is outside lily's data scope (acme)";
        refused(lily, "findings 1", outside);
        refused(lily, "report 1 --out 别人的.xlsx --source bolt.csv", outside);
        assertFalse(Files.exists(desk.resolve("别人的.xlsx")), "no report written");
        refused(lily, "images:process 1", outside);
        refused(lily, "validate 1", outside);
        refused(lily, "batch:show 1", outside);
        refused(lily, "batch:errors 1", outside);
        refused(lily, "product:list --batch 1", outside);
        refused(lily, "import bolt.csv --merchant bolt", "lily imports for acme only — give --merchant acme");
        String batches = lily.ok("batch:list");
        assertNull(ShelfCommand.lineWith(batches, "bolt"), batches);
        assertNotNull(ShelfCommand.lineWith(batches, "acme"), batches);
        String audit = shelf.ok("audit:tail --user lily");
        assertNull(ShelfCommand.lineWith(audit, "images:process"), "a refusal changes nothing: " + audit);
    }

    @Test
    void aChannelMustBeAChannel() throws Exception {
        twoMerchantsAndTheirEditors();
        refused(lily, "validate 2 --channel ../../x",
                "no channel '../../x' — the channels are douyin, pinduoduo, taobao, wechat, weidian");
        ShelfCommand.Result weidian = lily.run("-c", "validate 2 --channel weidian");
        assertTrue(weidian.out().contains("in 2 products for weidian"), weidian.toString());
    }

    @Test
    void theEditorsOwnWorkStillRuns() throws Exception {
        twoMerchantsAndTheirEditors();
        String imported = lily.ok("import acme.csv");
        assertTrue(imported.contains("as batch 3 (merchant acme"), imported);
        ShelfCommand.Result validated = lily.run("-c", "validate 3");
        assertTrue(validated.out().contains(" in 2 products"), validated.toString());
        String findings = lily.ok("findings 3");
        assertNotNull(ShelfCommand.lineWith(findings, "A-2"), findings);
        String report = lily.ok("report 3 --out 问题报告.xlsx");
        assertTrue(report.startsWith("wrote "), report);
        assertTrue(Files.isRegularFile(desk.resolve("问题报告.xlsx")));
        String images = lily.ok("images:process 3");
        assertTrue(images.contains("2 images"), images);
        ShelfCommand.Result submitted = lily.run("-c", "submit A-1");
        assertNotNull(ShelfCommand.lineWith(submitted.out(), "A-1"), submitted.toString());

        String audit = shelf.ok("audit:tail --user lily");
        String line = ShelfCommand.lineWith(audit, "images:process");
        assertNotNull(line, audit);
        assertTrue(line.contains("batch:3") && line.contains("2 images: "), line);
        assertNotNull(ShelfCommand.lineWith(audit, "validate"), audit);
        assertNotNull(ShelfCommand.lineWith(audit, "import"), audit);
    }

    @Test
    void aCategoryScopeSeesCountsAndValidatesItsOwnProductsOnly() throws Exception {
        twoMerchantsAndTheirEditors();
        String batches = mei.ok("batch:list");
        assertNull(ShelfCommand.lineWith(batches, "bolt"), batches);
        assertTrue(ShelfCommand.lineWith(batches, "acme.csv").matches("\\s*2\\s+acme\\s+acme\\.csv\\s+2\\s+1\\s+1\\s.*"),
                "rows of the file, products and SKUs in scope: " + batches);
        String shown = mei.ok("batch:show 2");
        assertTrue(shown.contains("products    1  (1 new, 0 updated, 0 unchanged)"), shown);
        String products = mei.ok("product:list");
        assertNotNull(ShelfCommand.lineWith(products, "A-1"), products);
        assertNull(ShelfCommand.lineWith(products, "A-2"), products);

        ShelfCommand.Result validated = mei.run("-c", "validate 2");
        assertTrue(validated.out().contains(" in 1 product "), validated.toString());
        String findings = mei.ok("findings 2");
        assertNotNull(ShelfCommand.lineWith(findings, "A-1"), findings);
        assertNull(ShelfCommand.lineWith(findings, "A-2"), findings);
        String images = mei.ok("images:process 2");
        assertTrue(images.contains("1 images"), images);

        String outside = "batch 1 is outside mei's data scope (acme; 服饰鞋包)";
        refused(mei, "batch:show 1", outside);
        refused(mei, "findings 1", outside);
        refused(mei, "validate 1", outside);
        refused(mei, "product:show A-2", "no product with 商品编码 A-2 — see product:list");
    }
}
