package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team moves its H2 catalogue into PostgreSQL: a home worked in on H2 (imports, validation, review, publishing to
 * the sandbox, a user, a rule pack deployed) is stopped, etc/database.properties is pointed at a new PostgreSQL
 * database, and catalog:copyh2 copies the catalogue. After a restart the lists read as they did on H2, the audit
 * trail verifies, the user logs in and the next batch takes the next number. A copy while the H2 file is in use,
 * while another node is alive on the database, or into a catalogue already worked in, is refused and changes nothing. PostgreSQL only (the postgresql profile of
 * runtime/pom.xml).
 */
class CopyH2IT {
    private static final long WITHIN_MS = 30_000;
    /** What a user reads, on H2 before and on PostgreSQL after. */
    private static final List<String> LISTS = List.of("batch:list", "product:list", "findings 1", "findings 2",
            "review:queue", "jobs", "rules:list", "user:list", "schedule:list", "merchant:list");

    @TempDir
    Path home;

    @TempDir
    Path other;

    @TempDir
    Path second;

    @TempDir
    Path desk;

    @Test
    void aCatalogueWorkedInOnH2ReadsTheSameOnPostgresqlAfterTheCopy() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "the copy goes into PostgreSQL");
        ShelfCommand shelf = new ShelfCommand(home).in(desk);
        ShelfCommand.withSandbox(home);
        assertEquals(0, shelf.run("start").status());
        workOnH2(shelf);
        Map<String, String> before = lists(shelf);
        assertEquals(0, shelf.run("stop").status());

        // another Shelf on H2 that keeps its catalogue open
        ShelfCommand otherShelf = new ShelfCommand(other).in(desk);
        TestDatabase database = null;
        try {
            assertEquals(0, otherShelf.run("start").status());
            database = TestDatabase.forHome(home, getClass());
            ShelfCommand.Result started = shelf.run("start");
            assertEquals(0, started.status(), started.toString());
            Path inUse = other.resolve("data/catalog.mv.db");
            ShelfCommand.Result refused = shelf.run("-c", "copyh2 " + inUse);
            assertEquals(1, refused.status(), refused.toString());
            assertEquals("error: The H2 catalogue " + inUse + " is in use: stop the Shelf that uses it (shelf --home HOME "
                    + "stop) and copy again; nothing was copied", refused.err().strip());
            assertTrue(shelf.ok("batch:list").startsWith("No batches yet"), "nothing copied");
            assertEquals(0, otherShelf.run("stop").status());

            // a second node on the same database
            Files.createDirectories(second.resolve("etc"));
            Files.copy(home.resolve("etc/database.properties"), second.resolve("etc/database.properties"),
                    java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            ShelfCommand secondShelf = new ShelfCommand(second).in(desk);
            try {
                assertEquals(0, secondShelf.run("start").status());
                shelf.poll("cluster:status", out -> out.contains("2 of 2 nodes live"), WITHIN_MS, 500);
                refused = shelf.run("-c", "copyh2");
                assertEquals(1, refused.status(), refused.toString());
                assertEquals("error: Other Shelf nodes are alive on this database (" + ShelfCommand.lineWith(
                        shelf.ok("cluster:status"), second.toString()).strip().split(" ")[0] + "): stop them (shelf stop "
                        + "on each; cluster:status lists them) and copy again; nothing was copied", refused.err().strip());
            } finally {
                secondShelf.run("stop");
            }
            assertTrue(shelf.ok("batch:list").startsWith("No batches yet"), "nothing copied");

            String copied = shelf.ok("copyh2");
            System.out.print(copied);
            assertEquals("3", ImportIT.columns(ShelfCommand.lineWith(copied, "batch ")).get(1), copied);
            assertTrue(copied.contains("copied " + home.resolve("data/catalog.mv.db") + " into postgresql://"), copied);
            assertTrue(copied.strip().endsWith("restart Shelf on every node (shelf stop, then shelf start) so it works on "
                    + "the copied catalogue"), copied);
            assertEquals(0, shelf.run("stop").status());
            assertEquals(0, shelf.run("start").status());

            Map<String, String> after = lists(shelf);
            for (String list : LISTS) {
                assertEquals(before.get(list), after.get(list), list + " after the copy");
            }
            String verified = shelf.ok("audit:verify");
            assertTrue(verified.startsWith("audit.log is intact"), verified);
            assertTrue(shelf.ok("audit:tail --limit 50").contains("catalog:copyh2"), "the copy is in the audit trail");
            assertTrue(shelf.as("lily", "lily-pass-1").ok("product:list").contains("P-1"), "lily logs in and sees acme's products");

            String next = shelf.ok("import 上新.xlsx --merchant 青禾");
            assertTrue(next.startsWith("Imported 上新.xlsx as batch 4 "), next);

            String batches = shelf.ok("batch:list");
            refused = shelf.run("-c", "copyh2");
            assertEquals(1, refused.status(), refused.toString());
            assertTrue(refused.err().strip().startsWith("error: The PostgreSQL catalogue postgresql://"), refused.err());
            assertTrue(refused.err().strip().endsWith(" already holds 4 batches: a copy goes only into a catalogue no one "
                    + "has worked in — name a new, empty database in etc/database.properties (or drop and create this "
                    + "one), restart Shelf and copy again; nothing was copied"), refused.err());
            assertEquals(batches, shelf.ok("batch:list"), "nothing changed");
        } finally {
            shelf.run("stop");
            otherShelf.run("stop");
            if (database != null) {
                database.drop();
            }
        }
    }

    private void workOnH2(ShelfCommand shelf) throws Exception {
        workbook().write(desk.resolve("上新.xlsx"));
        shelf.ok("import 上新.xlsx --merchant acme; merchant:set acme --annual-sales 8000000");
        shelf.run("-c", "validate 1"); // P-4's banned word is an error finding: the exit status says so
        shelf.ok("submit 1");
        shelf.ok("import 上新.xlsx --merchant beta");
        shelf.run("-c", "validate 2");
        shelf.ok("submit 2; review:approve beta/P-1 --comment 信息完整");
        shelf.ok("review:reject beta/P-2 --reason 图片不清楚");
        String published = shelf.ok("publish 1 --channel weidian --wait");
        assertTrue(published.contains("3 done, 0 failed in "), published);
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        Files.writeString(home.resolve("deploy/team.rules.json"), "{\"id\": \"team\", \"version\": \"1.0.0\", "
                + "\"appliesTo\": {\"categories\": [\"服饰鞋包/**\"]}, \"rules\": [{\"id\": \"short-title\", \"code\": "
                + "\"title.too-long\", \"field\": \"title\", \"check\": \"maxLength\", \"max\": 5, \"unit\": \"chars\", "
                + "\"severity\": \"warning\", \"message\": \"团队规定：标题不超过5个字\"}]}");
        shelf.poll("rules:list", out -> out.lines().anyMatch(l -> l.strip().startsWith("team ")), WITHIN_MS);
        shelf.ok("import 上新.xlsx --merchant gamma");
        assertTrue(shelf.ok("audit:verify").startsWith("audit.log is intact"));
    }

    private static Map<String, String> lists(ShelfCommand shelf) throws Exception {
        Map<String, String> lists = new LinkedHashMap<>();
        for (String list : LISTS) {
            // how long a product has waited goes on between the two readings, and its column's width with it
            lists.put(list, shelf.ok(list).replaceAll("(?<=\\s)\\d+(s|min|m|h|d)(?=\\s)", "(a while)")
                    .replaceAll(" {2,}", "  "));
        }
        return lists;
    }

    /** Three products, and a fourth with a banned word in its title. */
    private static MerchantWorkbook workbook() {
        MerchantWorkbook workbook = new MerchantWorkbook("上新");
        for (int p = 1; p <= 4; p++) {
            String title = p == 4 ? "最好的纯棉T恤 " + p : "纯棉短袖T恤 " + p;
            for (String size : List.of("A", "B")) {
                workbook.row("商品编码", "P-" + p, "商品标题", title, "类目", "服饰鞋包>男装>T恤", "品牌", "南极人",
                        "型号", "NJ-" + p, "材质", "棉", "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色",
                        "规格2名称", "尺码", "规格2值", size.equals("A") ? "M" : "L", "SKU编码", "P-" + p + "-" + size,
                        "条形码", Double.parseDouble(SeededDefects.ean13(p * 10L + size.charAt(0) - 'A')), "进货价", 20d,
                        "销售价", 99d, "促销价", 89d, "库存", 10d, "重量(kg)", 0.3, "主图", "https://img.example.com/p" + p + ".jpg",
                        "细节图", "https://img.example.com/d" + p + ".jpg", "商品描述", "<p>纯棉</p>", "运费模板", "全国包邮",
                        "退换货政策", "7天无理由", "发货时间(小时)", 48d);
            }
        }
        return workbook;
    }
}
