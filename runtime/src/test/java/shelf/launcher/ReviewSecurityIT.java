package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Users, roles, data scopes, the review workflow and the audit trail, driven with shelf -c as people would. */
class ReviewSecurityIT extends RunningShelf {
    private ShelfCommand lily;
    private ShelfCommand wang;

    /** Two merchants' spring listings, an editor and a reviewer who see acme only. */
    private void twoMerchantsAndTheirPeople() throws Exception {
        listing("V").write(desk.resolve("大牌.xlsx"));
        listing("A").write(desk.resolve("acme.xlsx"));
        shelf.ok("import 大牌.xlsx --merchant bigbrand; import acme.xlsx --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "wang-pass-1").ok("user:add wang --role reviewer --merchant acme");
        lily = shelf.as("lily", "lily-pass-1");
        wang = shelf.as("wang", "wang-pass-1");
    }

    /** Two products that pass the base and apparel rule packs without an error. */
    private static MerchantWorkbook listing(String prefix) {
        return new MerchantWorkbook("春季上新")
                .row(clean(prefix + "-1", "纯棉圆领短袖T恤 女款 夏季新品", "服饰鞋包>女装>T恤", prefix.equals("V") ? 6901234567809d
                        : 6901234567823d, 59d))
                .row(clean(prefix + "-2", "亚麻阔腿休闲长裤 女款 春季新品", "服饰鞋包>女装>裤子", prefix.equals("V") ? 6901234567816d
                        : 6901234567830d, 89d));
    }

    private static Object[] clean(String spu, String title, String category, double barcode, double price) {
        return new Object[] {"商品编码", spu, "商品标题", title, "类目", category, "品牌", "南极人", "型号", spu + "-M", "材质", "棉",
            "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色", "规格2名称", "尺码", "规格2值", "M", "SKU编码", spu + "-A",
            "条形码", barcode, "进货价", price / 2, "销售价", price, "促销价", price - 10, "库存", 30d, "重量(kg)", 0.3,
            "主图", "https://img.example/" + spu + ".jpg", "细节图", "https://img.example/" + spu + "-d.jpg",
            "商品描述", "<p>面料舒适</p>", "运费模板", "全国包邮", "退换货政策", "7天无理由退换", "发货时间(小时)", 48d};
    }

    @Test
    void everyRegisteredCommandHasAnAclEntryAndAnEditorIsRefusedWhereTheTableSaysSo() throws Exception {
        twoMerchantsAndTheirPeople();
        shelf.ok("feature:install gogo-command"); // the standard OSGi commands (felix:*, gogo:*) too
        List<String[]> entries = new ArrayList<>();
        for (String line : shelf.ok("acl:list").lines().skip(1).toList()) {
            entries.add(line.trim().split("\\s+"));
        }
        assertTrue(entries.size() > 40, "commands listed: " + entries.size());
        for (String[] entry : entries) {
            assertNotEquals("none", entry[2], entry[0] + " has no entry in the ACL table");
        }
        java.util.Set<String> wildcardScopesTried = new java.util.HashSet<>();
        for (String[] entry : entries) {
            String scope = entry[0].substring(0, entry[0].indexOf(':'));
            boolean standard = List.of("felix", "gogo", "cm", "osgi", "scr").contains(scope);
            if (entry[1].contains("editor") || standard && !wildcardScopesTried.add(scope)) {
                continue; // of the standard OSGi scopes, one command each is run
            }
            ShelfCommand.Result refused = lily.run("-c", entry[0]);
            assertEquals(1, refused.status(), entry[0] + ": " + refused);
            String needed = entry[1].replace(",admin", "").replace(",", " or ");
            assertEquals("error: " + entry[0] + " needs the role " + needed + (needed.equals("admin") ? "" : " (or admin)")
                    + " — lily has editor\n", refused.err());
        }
    }

    @Test
    void anEditorCannotApproveInstallFeaturesOrSeeAnotherMerchantsProducts() throws Exception {
        twoMerchantsAndTheirPeople();

        String products = lily.ok("product:list");
        assertNotNull(ShelfCommand.lineWith(products, "A-1"), products);
        assertNull(ShelfCommand.lineWith(products, "V-1"), products);
        assertNull(ShelfCommand.lineWith(lily.ok("batch:list"), "bigbrand"));
        assertEquals("error: batch 1 is outside lily's data scope (acme)\n", lily.run("-c", "batch:show 1").err(),
                "bigbrand's batch");
        ShelfCommand.Result show = lily.run("-c", "product:show V-1");
        assertEquals(1, show.status());
        assertEquals("error: no product with 商品编码 V-1 — see product:list\n", show.err());

        ShelfCommand.Result approve = lily.run("-c", "review:approve A-1");
        assertEquals("error: review:approve needs the role reviewer (or admin) — lily has editor\n", approve.err());
        ShelfCommand.Result install = lily.run("-c", "feature:install importers");
        assertEquals("error: feature:install needs the role ops (or admin) — lily has editor\n", install.err());
        assertNotEquals(0, install.status());
    }

    @Test
    void aReviewerApprovesWithinTheirScopeOnly() throws Exception {
        twoMerchantsAndTheirPeople();
        String submitted = lily.ok("submit A-1 A-2");
        assertTrue(submitted.contains("2 of 2 moved"), submitted);

        String queue = wang.ok("review:queue --stage pre");
        assertNotNull(ShelfCommand.lineWith(queue, "A-1"), queue);
        String first = wang.ok("review:queue --stage pre --limit 1");
        assertNotNull(ShelfCommand.lineWith(first, "A-1"), first);
        assertNull(ShelfCommand.lineWith(first, "A-2"), first);
        assertTrue(first.contains("1–1 of 2 — the next: review:queue --from 1"), first);
        assertNotNull(ShelfCommand.lineWith(wang.ok("review:queue --stage pre --from 1"), "A-2"));
        String approved = wang.ok("review:approve A-1 --comment 信息完整");
        assertTrue(ShelfCommand.lineWith(approved, "A-1").contains("final-review"), approved);
        ShelfCommand.Result other = wang.run("-c", "review:approve V-1");
        assertEquals("error: There is no product V-1 in your scope — product:list shows them\n", other.err());
        String rejected = wang.ok("review:reject A-2 --reason 主图模糊");
        assertTrue(ShelfCommand.lineWith(rejected, "A-2").contains("rejected"), rejected);
    }

    @Test
    void aVipMerchantsBatchIsApprovedWithNoHumanActionWhileAnotherWaitsInPreReview() throws Exception {
        twoMerchantsAndTheirPeople();
        String vip = shelf.ok("merchant:set bigbrand --annual-sales 6000000 --name 大牌旗舰店");
        assertTrue(vip.contains("VIP"), vip);
        shelf.ok("merchant:set acme --annual-sales 300000");

        String both = shelf.ok("submit --batch 1; submit --batch 2");
        assertEquals(2, both.lines().filter(l -> l.contains("approved")).count(), both);
        String board = shelf.ok("board");
        assertTrue(board.contains("初审 pre-review (2)"), board);
        assertTrue(board.contains("已通过 approved (2)"), board);
        String queue = shelf.ok("review:queue");
        assertNotNull(ShelfCommand.lineWith(queue, "A-1"), queue);
        assertNull(ShelfCommand.lineWith(queue, "V-1"), queue);
        assertTrue(shelf.ok("review:show V-1").startsWith("V-1 (bigbrand) — 已通过 approved"));
    }

    @Test
    void editingOneLineOfTheAuditLogMakesVerifyFailNamingThatLine() throws Exception {
        twoMerchantsAndTheirPeople();
        lily.ok("submit A-1");
        lily.ok("sku:generate A-1 --spec \"颜色=红色,黑色;尺码=S,M,L\" --price 99.00 --stock 100");
        shelf.ok("feature:install gogo-command; bundle:stop org.apache.felix.gogo.command");
        assertTrue(shelf.ok("audit:verify").startsWith("audit.log is intact"));
        String admin = shelf.ok("audit:tail --user admin");
        assertNotNull(ShelfCommand.lineWith(admin, "feature:install"), admin);
        assertNotNull(ShelfCommand.lineWith(admin, "bundle:stop"), admin);
        assertNotNull(ShelfCommand.lineWith(admin, "import"), admin);
        String tail = shelf.ok("audit:tail --user lily");
        assertNotNull(ShelfCommand.lineWith(tail, "sku:generate"), tail);
        assertNotNull(ShelfCommand.lineWith(tail, "review:pre-review"), tail);

        Path log = home.resolve("data/audit.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        int edited = 3;
        lines.set(edited - 1, lines.get(edited - 1).replaceFirst("\"user\":\"[^\"]*\"", "\"user\":\"nobody\""));
        Files.write(log, lines, StandardCharsets.UTF_8);

        ShelfCommand.Result verify = shelf.run("-c", "audit:verify");
        assertEquals(1, verify.status());
        assertTrue(verify.err().startsWith("error: audit.log line " + edited + " changed after it was written"),
                verify.err());
    }

    @Test
    void skuGenerateGivesEveryCombinationAUniqueCode() throws Exception {
        twoMerchantsAndTheirPeople();
        String generated = lily.ok("sku:generate A-1 --spec \"颜色=红色,黑色;尺码=S,M,L\" --price 99.00 --stock 100 "
                + "--code-pattern \"{spu}-{颜色}-{尺码}\"");
        assertTrue(generated.contains("6 SKUs for A-1 (revision 2)"), generated);
        assertTrue(ShelfCommand.lineWith(generated, "A-1-红色-S").contains("99.00"), "money keeps its fen: " + generated);
        String shown = lily.ok("product:show A-1");
        for (String code : List.of("A-1-红色-S", "A-1-红色-M", "A-1-红色-L", "A-1-黑色-S", "A-1-黑色-M", "A-1-黑色-L")) {
            assertNotNull(ShelfCommand.lineWith(shown, code), shown);
        }
        assertFalse(lily.run("-c", "sku:generate V-1 --spec \"颜色=红色\" --price 1").status() == 0,
                "another merchant's product");
    }
}
