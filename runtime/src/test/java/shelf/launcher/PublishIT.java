package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Publishing in the real distribution with a channel adapter bundle the test makes (MemoryChannelBundle): jobs
 * that wait for an adapter and go when it is dropped into deploy/, price changes, a republish that sends no new
 * listing, and a kill -9 half-way after which a start completes every job once.
 */
class PublishIT extends RunningShelf {
    /** Publishes to the sandbox's marketplaces on any free port. */
    @Override
    boolean sandbox() {
        return true;
    }

    private static final long WITHIN_MS = 30_000;

    @Test
    void jobsWaitForTheAdapterThenListEachProductOnceAndAPriceFollows() throws Exception {
        products(3, true).write(desk.resolve("上新.xlsx"));
        shelf.ok("import 上新.xlsx --merchant acme; merchant:set acme --annual-sales 8000000; submit 1");
        shelf.ok("bundle:stop shelf.channel.weidian"); // weidian without an adapter, until the test's own arrives

        String queued = shelf.ok("publish 1 --channel weidian");
        assertTrue(queued.startsWith("queued 3 jobs (run 1): 4 products to weidian\n"), queued);
        String blocked = ShelfCommand.lineWith(queued, "P-4");
        assertNotNull(blocked, queued);
        assertTrue(blocked.contains("title.banned-word"), queued);
        assertTrue(queued.contains("no weidian adapter installed: its jobs wait until one is"), queued);
        String waiting = shelf.ok("jobs");
        assertTrue(ShelfCommand.lineWith(waiting, "P-1").contains("waiting for a weidian adapter to be installed"), waiting);
        assertTrue(waiting.endsWith("3 jobs: 0 done, 0 failed, 3 pending, 0 running, 0 cancelled\n"), waiting);
        assertEquals(List.of("weidian", "absent", "3", "0", "0", "-"),
                ImportIT.columns(ShelfCommand.lineWith(shelf.ok("channel:list"), "weidian")));

        MemoryChannelBundle.write(desk.resolve("memory-weidian.jar"), "weidian", "1.0.0", 0);
        Files.copy(desk.resolve("memory-weidian.jar"), home.resolve("deploy/memory-weidian.jar"));
        shelf.poll("jobs", out -> out.endsWith("3 jobs: 3 done, 0 failed, 0 pending, 0 running, 0 cancelled\n"), WITHIN_MS);
        String channels = shelf.ok("channel:list");
        assertTrue(ShelfCommand.lineWith(channels, "weidian").contains("memory: 3 listings, 0 duplicates"), channels);
        assertTrue(ShelfCommand.lineWith(channels, "weidian").contains("1.0.0 (memory 1)"), channels);
        assertTrue(ShelfCommand.lineWith(channels, "weidian").contains(" up "), channels);

        String price = shelf.ok("price:set P-1-A 95.00");
        assertTrue(price.startsWith("price of P-1-A set to 95.00 in the catalogue; queued for weidian (job 4)"), price);
        String job = shelf.poll("job:show 4", out -> ShelfCommand.lineWith(out, "state").contains("done"), WITHIN_MS);
        assertTrue(ShelfCommand.lineWith(job, "kind").contains("price P-1-A=95.00"), job);
        assertTrue(ShelfCommand.lineWith(shelf.ok("product:show P-1"), "P-1-A").contains("95.00"));

        String again = shelf.ok("publish 1 --channel weidian --wait");
        assertTrue(again.contains("3 done, 0 failed in "), again);
        assertTrue(ShelfCommand.lineWith(shelf.ok("channel:list"), "weidian").contains("memory: 3 listings, 0 duplicates"));

        MemoryChannelBundle.write(desk.resolve("memory-taobao.jar"), "taobao", "1.0.0", 0);
        Files.copy(desk.resolve("memory-taobao.jar"), home.resolve("deploy/memory-taobao.jar"));
        shelf.poll("channel:list", out -> ShelfCommand.lineWith(out, "taobao") != null, WITHIN_MS);
        shelf.ok("merchant:set copy --annual-sales 6000000");
        String synced = shelf.ok("sync --from weidian --to taobao --merchant copy --wait");
        assertTrue(synced.startsWith("pulled 3 listings from weidian into batch 2 (merchant copy): 3 products\n"
                + "submitted 3 for review: 3 approved, 0 waiting\n"
                + "queued 3 jobs (run 4): 3 products to taobao\n"), synced);
        assertTrue(synced.contains("3 done, 0 failed in "), synced);
        assertTrue(ShelfCommand.lineWith(shelf.ok("channel:list"), "taobao").contains("memory: 3 listings, 0 duplicates"));
        assertTrue(ShelfCommand.lineWith(shelf.ok("product:show P-1"), "copy") != null);

        assertEquals("error: no job 99 — see jobs", shelf.run("-c", "job:show 99").err().strip());
        assertEquals("error: job 1 is done: only a pending job can be cancelled", shelf.run("-c", "job:cancel 1").err().strip());
        assertEquals("error: no channel 'weidain' — installed: douyin, pinduoduo, taobao, wechat, weidian; known: weidian, taobao, pinduoduo, douyin, wechat",
                shelf.run("-c", "publish 1 --channel weidain").err().strip());
    }

    @Test
    void killedHalfWayAStartResumesTheJobsAndListsEveryProductOnce() throws Exception {
        products(40, false).write(desk.resolve("大批.xlsx"));
        shelf.ok("import 大批.xlsx --merchant acme; merchant:set acme --annual-sales 8000000; submit 1");
        shelf.ok("bundle:stop shelf.channel.taobao"); // the test's own adapter counts what it lists
        MemoryChannelBundle.write(desk.resolve("memory-taobao.jar"), "taobao", "1.0.0", 100);
        Files.copy(desk.resolve("memory-taobao.jar"), home.resolve("deploy/memory-taobao.jar"));
        shelf.poll("channel:list", out -> ShelfCommand.lineWith(out, "taobao") != null, WITHIN_MS);

        shelf.ok("publish 1 --channel taobao");
        Path listings = home.resolve("data/memory-taobao.txt");
        long deadline = System.currentTimeMillis() + WITHIN_MS;
        while ((!Files.exists(listings) || Files.readAllLines(listings).size() < 5) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        long pid = Long.parseLong(Files.readString(home.resolve("data/shelf.pid")).strip());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        int before = Files.readAllLines(listings).size();
        assertTrue(before < 40, "killed half-way: " + before + " listed");

        ShelfCommand.Result restarted = shelf.run("start");
        assertEquals(0, restarted.status(), restarted.toString());
        // nobody types a publishing command: the start resumes the jobs by itself
        deadline = System.currentTimeMillis() + 60_000;
        while (Files.readAllLines(listings).size() < 40 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(ShelfCommand.lineWith(shelf.ok("channel:list"), "taobao").contains("memory: 40 listings, 0 duplicates"));
        assertTrue(shelf.ok("jobs --wait").endsWith("40 jobs: 40 done, 0 failed, 0 pending, 0 running, 0 cancelled\n"));
    }

    /** Products P-1 … P-n with every field the base pack wants, two SKUs each; with a 4th whose title has a banned word. */
    private static MerchantWorkbook products(int count, boolean withBanned) {
        MerchantWorkbook workbook = new MerchantWorkbook("上新");
        for (int p = 1; p <= count + (withBanned ? 1 : 0); p++) {
            String title = p > count ? "最好的纯棉T恤 " + p : "纯棉短袖T恤 " + p;
            for (String size : List.of("A", "B")) {
                workbook.row("商品编码", "P-" + p, "商品标题", title, "类目", "服饰鞋包>男装>T恤", "品牌", "南极人",
                        "型号", "NJ-" + p, "材质", "棉", "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色",
                        "规格2名称", "尺码", "规格2值", size.equals("A") ? "M" : "L", "SKU编码", "P-" + p + "-" + size,
                        "条形码", Double.parseDouble(SeededDefects.ean13(p * 10L + size.charAt(0) - 'A')), "进货价", 20d, "销售价", 99d, "促销价", 89d,
                        "库存", 10d, "重量(kg)", 0.3, "主图", "https://img.example.com/p" + p + ".jpg",
                        "细节图", "https://img.example.com/d" + p + ".jpg", "商品描述", "<p>纯棉</p>", "运费模板", "全国包邮",
                        "退换货政策", "7天无理由", "发货时间(小时)", 48d);
            }
        }
        return workbook;
    }

}
