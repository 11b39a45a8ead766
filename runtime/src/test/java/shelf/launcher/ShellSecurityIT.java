package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The shell an editor cannot talk around, on the real distribution: each bypass of issue 13 tried as an
 * editor of one merchant (and bundle:install as ops) and refused with the line a user sees, while the
 * editor's day of work still runs.
 */
class ShellSecurityIT extends RunningShelf {
    private static final String PLAIN = " is not allowed: editor sessions run plain commands — quote it ('…') if it is text\n";

    private ShelfCommand lily;
    private ShelfCommand otto;

    /** acme's spring listing imported by the admin; lily edits acme, otto runs the workbench. */
    private void anEditorAndAnOperator() throws Exception {
        listing().write(desk.resolve("acme.xlsx"));
        shelf.ok("import acme.xlsx --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "otto-pass-1").ok("user:add otto --role ops");
        lily = shelf.as("lily", "lily-pass-1");
        otto = shelf.as("otto", "otto-pass-1");
    }

    private static MerchantWorkbook listing() {
        return new MerchantWorkbook("春季上新")
                .row(clean("A-1", "纯棉圆领短袖T恤 女款 夏季新品", "服饰鞋包>女装>T恤", 6901234567823d, 59d))
                .row(clean("A-2", "亚麻阔腿休闲长裤 女款 春季新品", "服饰鞋包>女装>裤子", 6901234567830d, 89d));
    }

    private static Object[] clean(String spu, String title, String category, double barcode, double price) {
        return new Object[] {"商品编码", spu, "商品标题", title, "类目", category, "品牌", "南极人", "型号", spu + "-M", "材质", "棉",
            "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色", "规格2名称", "尺码", "规格2值", "M", "SKU编码", spu + "-A",
            "条形码", barcode, "进货价", price / 2, "销售价", price, "促销价", price - 10, "库存", 30d, "重量(kg)", 0.3,
            "主图", "https://img.example/" + spu + ".jpg", "细节图", "https://img.example/" + spu + "-d.jpg",
            "商品描述", "<p>面料舒适</p>", "运费模板", "全国包邮", "退换货政策", "7天无理由退换", "发货时间(小时)", 48d};
    }

    /** lily runs the statement; it must fail with exactly this error line. */
    private void refused(String statement, String error) throws Exception {
        ShelfCommand.Result result = lily.run("-c", statement);
        assertEquals(1, result.status(), statement + ": " + result);
        assertEquals(error, result.err(), statement);
    }

    @Test
    void anEditorIsRefusedEveryWayAroundTheAcl() throws Exception {
        anEditorAndAnOperator();

        ShelfCommand.Result upperCase = lily.with("SHELF_NEW_PASSWORD", "evil-pass-1").run("-c", "USER:ADD evil --role admin");
        assertEquals("error: user:add needs the role admin — lily has editor\n", upperCase.err());
        assertNull(ShelfCommand.lineWith(shelf.ok("user:list"), "evil"), "no user evil was added");
        refused("REVIEW:APPROVE A-1", "error: review:approve needs the role reviewer (or admin) — lily has editor\n");
        refused("Review:Approve --batch 1", "error: review:approve needs the role reviewer (or admin) — lily has editor\n");
        refused("*:approve A-1", "error: review:approve needs the role reviewer (or admin) — lily has editor\n");

        String bundles = shelf.ok("bundle:list");
        refused("x = $(user:list)", "error: '='" + PLAIN);
        refused("product:list $(user:list)", "error: '$('" + PLAIN);
        refused("$($(${.context} getBundle 1) stop)", "error: '$('" + PLAIN);
        refused("$(${.context} installBundle file:" + desk.resolve("evil.jar") + ")", "error: '$('" + PLAIN);
        refused("(product:list) getClass . forName java.lang.System . getenv SHELF_PASSWORD", "error: '('" + PLAIN);
        refused("'java.lang.System' getClass", "error: unknown command 'java.lang.System' — type help to list the commands\n");
        refused("${.context}", "error: '${'" + PLAIN);
        assertEquals(bundles, shelf.ok("bundle:list"), "no bundle was stopped or installed");

        Path audit = home.resolve("data/audit.log");
        String trail = Files.readString(audit);
        refused("product:show NOPE > " + audit, "error: '>'" + PLAIN);
        assertTrue(Files.readString(audit).startsWith(trail), "the audit trail was not emptied");
        Path acl = home.resolve("etc/shelf.command.acl.properties");
        refused("product:show '*:* = editor' >> " + acl, "error: '>>'" + PLAIN);
        assertFalse(Files.exists(acl), "no ACL file was written");

        ShelfCommand.Result install = otto.run("-c", "bundle:install file:" + desk.resolve("evil.jar"));
        assertEquals("error: bundle:install needs the role admin — otto has ops\n", install.err());
        assertEquals(1, install.status());
        assertTrue(otto.ok("bundle:list").contains("org.apache.felix.scr"), "ops still lists bundles");
    }

    @Test
    void anEditorsDayOfWorkStillRunsAndHelpShowsOnlyTheirCommands() throws Exception {
        anEditorAndAnOperator();
        listing().write(desk.resolve("acme 第二批.xlsx"));
        String imported = lily.ok("import 'acme 第二批.xlsx' --merchant acme");
        assertTrue(imported.contains("2"), imported);
        assertNotNull(ShelfCommand.lineWith(lily.ok("product:list"), "A-1"));
        lily.ok("validate 1");
        String generated = lily.ok("sku:generate A-1 --spec \"颜色=红色,黑色;尺码=S,M\" --price 99.00 --stock 100");
        assertTrue(generated.contains("4 SKUs for A-1"), generated);
        assertTrue(lily.ok("submit A-1").contains("1 of 1 moved"));

        String help = lily.ok("help");
        assertNotNull(ShelfCommand.lineWith(help, "product:list"), help);
        for (String hidden : new String[] {"user:add", "bundle:install", "review:approve", "audit:verify"}) {
            assertNull(ShelfCommand.lineWith(help, hidden), hidden + " listed for an editor:\n" + help);
        }
        refused("help user:add", "error: user:add needs the role admin — lily has editor\n");
    }
}
