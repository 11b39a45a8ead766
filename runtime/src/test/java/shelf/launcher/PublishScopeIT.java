package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 13's publishing leaks, tried on the real distribution as lily, an editor of merchant acme, while
 * bigbrand's products are live on the same channel: each is refused or filtered with the line she sees; her
 * own day's publishing still works; every change is in audit:tail with who made it.
 */
class PublishScopeIT extends RunningShelf {
    private static final long WITHIN_MS = 30_000;
    private ShelfCommand lily;
    private ShelfCommand olga;

    /** Publishes to the sandbox's marketplaces on any free port. */
    @Override
    boolean sandbox() {
        return true;
    }

    /**
     * acme's and bigbrand's V-1 and A-1 (the same SPU and SKU codes as acme's), all live on weidian;
     * lily, an editor of acme, and olga, ops of acme.
     */
    private void twoMerchantsLive() throws Exception {
        workbook("A", "A-1", "A-2").write(desk.resolve("acme.xlsx"));
        workbook("V", "V-1", "A-1").write(desk.resolve("bigbrand.xlsx"));
        shelf.ok("import acme.xlsx --merchant acme; import bigbrand.xlsx --merchant bigbrand; "
                + "merchant:set acme --annual-sales 8000000; merchant:set bigbrand --annual-sales 8000000; submit --batch 1; "
                + "submit --batch 2; bundle:stop shelf.channel.weidian");
        MemoryChannelBundle.write(desk.resolve("memory-weidian.jar"), "weidian", "1.0.0", 0);
        Files.copy(desk.resolve("memory-weidian.jar"), home.resolve("deploy/memory-weidian.jar"));
        shelf.poll("channel:list", out -> ShelfCommand.lineWith(out, "memory") != null, WITHIN_MS);
        String published = shelf.ok("publish 1 --channel weidian --wait; publish 2 --channel weidian --wait");
        assertEquals(2, published.lines().filter(l -> l.contains("2 done, 0 failed in ")).count(), published);
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "olga-pass-1").ok("user:add olga --role ops --merchant acme");
        lily = shelf.as("lily", "lily-pass-1");
        olga = shelf.as("olga", "olga-pass-1");
    }

    @Test
    void anEditorOfOneMerchantCannotReachAnothersListingsJobsOrSchedules() throws Exception {
        twoMerchantsLive();
        String scheduled = shelf.ok("publish 2 --channel weidian --at 2099-01-01T10:00");
        assertTrue(scheduled.startsWith("scheduled publish 1 of batch 2 at 2099-01-01 10:00:00"), scheduled);

        assertEquals("error: SKU V-1-A is outside lily's data scope (acme)\n", lily.run("-c", "price:set V-1-A 1.00").err());
        assertEquals("error: SKU A-1-A is outside lily's data scope (acme)\n",
                lily.run("-c", "price:set --merchant bigbrand A-1-A 1.00").err());
        assertEquals("error: SKU V-1-A is outside lily's data scope (acme)\n", lily.run("-c", "stock:set V-1-A 0").err());
        assertEquals("error: batch 2 is outside lily's data scope (acme)\n",
                lily.run("-c", "publish 2 --channel weidian").err());
        assertEquals("error: product V-1 is outside lily's data scope (acme)\n",
                lily.run("-c", "publish V-1 --channel weidian --at 2099-01-01T10:00").err());
        assertEquals("error: scheduled publish 1 is outside lily's data scope (acme)\n",
                lily.run("-c", "schedule:cancel 1").err());
        assertTrue(lily.ok("schedule:list").startsWith("No scheduled publishes"), "bigbrand's schedule is not listed");

        String jobs = lily.ok("jobs");
        assertNull(ShelfCommand.lineWith(jobs, "bigbrand"), jobs);
        assertNotNull(ShelfCommand.lineWith(jobs, "acme"), jobs);
        assertTrue(jobs.endsWith("2 jobs: 2 done, 0 failed, 0 pending, 0 running, 0 cancelled\n"), jobs);
        String bigbrands = ShelfCommand.lineWith(shelf.ok("jobs --limit 1"), "bigbrand");
        String job = bigbrands.strip().split("\\s+")[0];
        assertEquals("error: job " + job + " is outside olga's data scope (acme)\n", olga.run("-c", "job:show " + job).err());
        assertEquals("error: job " + job + " is outside olga's data scope (acme)\n", olga.run("-c", "job:retry " + job).err());
        assertEquals("error: job " + job + " is outside olga's data scope (acme)\n", olga.run("-c", "job:cancel " + job).err());
        assertEquals("error: sandbox:reset needs the role ops (or admin) — lily has editor\n",
                lily.run("-c", "sandbox:reset").err());

        // her own merchant's work goes on: the shared SKU code is acme's for her, one job for one listing
        String price = lily.ok("price:set A-1-A 45.00");
        assertTrue(price.matches("price of A-1-A set to 45.00 in the catalogue; queued for weidian \\(job \\d+\\)\n"), price);
        assertTrue(lily.ok("stock:set A-2-A 5").startsWith("stock of A-2-A set to 5 in the catalogue; queued for weidian"));
        String mine = lily.ok("publish 1 --channel weidian --at 2099-01-01T09:00");
        assertTrue(mine.startsWith("scheduled publish 2 of batch 1 at 2099-01-01 09:00:00"), mine);
        assertNotNull(ShelfCommand.lineWith(lily.ok("schedule:list"), "batch 1"));
        assertTrue(lily.ok("schedule:cancel 2").startsWith("cancelled scheduled publish 2 of batch 1"));
        String now = lily.ok("publish A-2 --channel weidian --wait");
        assertTrue(now.contains("1 done, 0 failed in "), now);
        String both = shelf.ok("product:show A-1");
        assertEquals(1, both.lines().filter(l -> l.contains("45.00")).count(), "bigbrand's A-1-A keeps its price:\n" + both);

        shelf.ok("sandbox:faults all --busy 0.1; sandbox:reset; schedule:cancel 1; channel:pull weidian --merchant copy");
        String hers = shelf.ok("audit:tail --user lily");
        for (String line : List.of("price:set", "stock:set", "publish --at", "schedule:cancel")) {
            assertNotNull(ShelfCommand.lineWith(hers, line), line + " in\n" + hers);
        }
        assertTrue(ShelfCommand.lineWith(hers, "price:set").contains("sku:acme/A-1-A"), hers);
        assertTrue(ShelfCommand.lineWith(hers, "price:set").contains("59.00 → 45.00"), hers);
        assertTrue(hers.lines().anyMatch(l -> l.contains(" publish ") && l.contains("product:A-2")), hers);
        String admins = shelf.ok("audit:tail --user admin --limit 0");
        for (String line : List.of("sandbox:faults", "sandbox:reset", "publish --at", "schedule:cancel", "channel:pull")) {
            assertNotNull(ShelfCommand.lineWith(admins, line), line + " in\n" + admins);
        }
    }

    /** Products with every field the base and apparel packs want, one SKU each (SPU-A), barcodes apart per merchant. */
    private static MerchantWorkbook workbook(String merchant, String... spus) {
        MerchantWorkbook workbook = new MerchantWorkbook("上新");
        int n = 0;
        for (String spu : spus) {
            n++;
            workbook.row("商品编码", spu, "商品标题", "纯棉短袖T恤 男款 " + merchant + n, "类目", "服饰鞋包>男装>T恤", "品牌", "南极人",
                    "型号", "NJ-" + spu, "材质", "棉", "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色",
                    "规格2名称", "尺码", "规格2值", "M", "SKU编码", spu + "-A",
                    "条形码", Double.parseDouble(SeededDefects.ean13((merchant.equals("A") ? 100 : 200) + n)), "进货价", 20d, "销售价", 59d,
                    "促销价", 49d, "库存", 10d, "重量(kg)", 0.3, "主图", "https://img.example.com/" + merchant + n + ".jpg",
                    "细节图", "https://img.example.com/d" + merchant + n + ".jpg", "商品描述", "<p>纯棉</p>", "运费模板", "全国包邮",
                    "退换货政策", "7天无理由", "发货时间(小时)", 48d);
        }
        return workbook;
    }

}
