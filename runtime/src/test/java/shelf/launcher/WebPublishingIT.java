package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web workbench past approval, in headless Chromium on the real distribution publishing to the sandbox's
 * marketplaces: the board's approved cards say where each product is (live on which channels, failed where
 * and why, queued, scheduled when), the jobs page lists a batch's and a run's jobs with their counts per
 * state, and the product page shows the video's facts.
 */
class WebPublishingIT extends RunningShelf {
    private WorkbenchBrowser browser;

    @Override
    boolean sandbox() {
        return true;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theBoardFollowsProductsPastApprovalTheJobsPageFiltersByBatchAndRunAndTheVideoHasItsFacts() throws Exception {
        Assumptions.assumeTrue(WorkbenchBrowser.installed(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        Path video = Mp4File.write(Files.createDirectories(desk.resolve("视频")).resolve("P-1.mp4"), 12, 1280, 720);
        new MerchantWorkbook("春季上新")
                .row(product("P-1", "纯棉圆领短袖T恤 女款", 1, "视频/P-1.mp4"))
                .row(product("P-2", "亚麻长裤 女款 审核驳回", 2, ""))   // the sandbox's review rejects this title
                .row(product("P-3", "真丝围巾 女款 春季", 3, ""))
                .write(desk.resolve("spring.xlsx"));
        new MerchantWorkbook("夏季上新").row(product("P-4", "草编遮阳帽 女款", 4, "")).write(desk.resolve("summer.xlsx"));
        shelf.ok("import spring.xlsx --merchant acme; import summer.xlsx --merchant acme; "
                + "merchant:set acme --annual-sales 8000000; submit --batch 1; submit --batch 2");
        shelf.with("SHELF_NEW_PASSWORD", "wang-pass-1").ok("user:add wang --role reviewer --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "olga-pass-1").ok("user:add olga --role ops --merchant acme");

        // run 1: P-1 live on douyin and weidian; P-2 refused by douyin's review, live on weidian
        String published = shelf.ok("publish P-1 P-2 --channel douyin,weidian --wait");
        assertTrue(published.contains("queued 4 jobs (run 1)") && published.contains("3 done, 1 failed"), published);
        // run 2: P-3 waits, wechat answering "busy" to every call; batch 2 (P-4) scheduled for 2099
        shelf.ok("sandbox:faults wechat --busy 1");
        assertTrue(shelf.ok("publish P-3 --channel wechat").contains("(run 2)"));
        assertTrue(shelf.ok("publish 2 --channel taobao --at 2099-01-01T10:00").contains("scheduled publish"));

        browser = WorkbenchBrowser.open(shelf, home, desk);
        browser.logIn("wang", "wang-pass-1");
        browser.get("/board");
        assertEquals("(4)", browser.js("return document.querySelector(\"section[data-state='approved'] .count\").textContent"));
        String p1 = card("P-1");
        assertTrue(p1.contains("在售 Live douyin") && p1.contains("在售 Live weidian"), p1);
        String p2 = card("P-2");
        assertTrue(p2.contains("失败 Failed douyin: review.rejected") && p2.contains("审核驳回"), "the platform's reason: " + p2);
        assertTrue(p2.contains("在售 Live weidian"), p2);
        String p3 = card("P-3");
        assertTrue(p3.contains("排队 Queued wechat") || p3.contains("发送中 Sending wechat"), p3);
        String p4 = card("P-4");
        assertTrue(p4.contains("已排期 Scheduled 2099-01-01 10:00 → taobao"), p4);
        browser.shot("board-publishing");

        // the product page: the video's facts, read from its header
        browser.get("/review/product?p=acme/P-1");
        String facts = browser.text(By.id("video-facts"));
        assertTrue(facts.contains("时长 duration 12.0 s") && facts.contains("分辨率 resolution 1280×720")
                && facts.contains("编码 codec avc1") && facts.contains("格式 format mp4")
                && facts.contains("大小 size " + VideoSize.of(Files.size(video))), facts);
        browser.shot("video");

        // a reviewer may not list jobs; ops may, by batch and by run
        assertEquals(403, reviewerAsksForJobs());
        browser.logOut();
        browser.logIn("olga", "olga-pass-1");
        browser.get("/batches/show?id=2");
        assertEquals(browser.base + "/jobs?batch=2", browser.driver.findElement(By.id("batch-jobs")).getAttribute("href"));
        browser.get("/channels");
        browser.driver.findElement(By.id("jobs-link")).click();
        browser.driver.findElement(By.name("batch")).sendKeys("1");
        browser.driver.findElement(By.cssSelector("#job-filters button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("batch=1"));
        assertEquals("5", count("total"), "batch 1: P-1 and P-2 twice, P-3 once");
        assertEquals("3", count("done"));
        assertEquals("1", count("failed"));
        assertEquals(1, Long.parseLong(count("pending")) + Long.parseLong(count("running")), "P-3 on wechat");
        String jobs = browser.text(By.id("jobs"));
        assertTrue(jobs.lines().anyMatch(l -> l.contains("acme/P-2") && l.contains("douyin") && l.contains("failed")
                && l.contains("审核驳回")), jobs);
        browser.shot("jobs");

        browser.get("/jobs?run=1");
        assertEquals("4", count("total"));
        assertEquals("1", count("failed"));
        browser.get("/jobs?batch=1&run=1&state=failed");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#jobs tr[data-job]")).size());
        assertTrue(browser.text(By.id("jobs")).contains("acme/P-2"));
        browser.get("/jobs?batch=2");
        assertEquals("0", count("total"), "batch 2 is scheduled, nothing queued yet");
        browser.get("/jobs?batch=99");
        assertTrue(browser.text(By.id("job-counts")).contains("no batch 99"), browser.text(By.id("job-counts")));
        browser.get("/jobs?run=first");
        assertTrue(browser.text(By.tagName("main")).contains("发布编号应是数字 A run is a number: first"));

        // the same in the shell, as ops
        ShelfCommand olga = shelf.as("olga", "olga-pass-1");
        String failedOfBatch1 = olga.ok("jobs --batch 1 --run 1 --state failed");
        assertTrue(failedOfBatch1.lines().anyMatch(l -> l.contains(" P-2 ") && l.contains("douyin") && l.contains("failed")),
                failedOfBatch1);
        assertTrue(failedOfBatch1.strip().endsWith("4 jobs: 3 done, 1 failed, 0 pending, 0 running, 0 cancelled"),
                "the counts of batch 1's run 1, whatever the state asked: " + failedOfBatch1);
        assertTrue(olga.ok("jobs --batch 2").strip().startsWith("0 jobs"), "batch 2 is only scheduled");
    }

    private int reviewerAsksForJobs() throws Exception {
        WebClient wang = new WebClient(browser.base);
        wang.login("wang", "wang-pass-1");
        return wang.get("/jobs?batch=1").statusCode();
    }

    /** The board's card of the product, read at once (the columns are replaced every few seconds). */
    private String card(String spu) {
        return (String) browser.js("return document.querySelector(\"a.card[data-product='acme/" + spu + "']\").innerText");
    }

    /** A count of the jobs page: "total", or a state's. */
    private String count(String state) {
        if (state.equals("total")) {
            return browser.text(By.id("job-counts")).split(" ")[0];
        }
        return (String) browser.js("return document.querySelector(\"#job-counts span[data-state='" + state + "'] b\").textContent");
    }

    private static Object[] product(String spu, String title, int n, String video) {
        return new Object[] {"商品编码", spu, "商品标题", title, "类目", "服饰鞋包>女装>T恤", "品牌", "南极人", "型号", spu + "-M",
            "材质", "棉", "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色", "规格2名称", "尺码", "规格2值", "M",
            "SKU编码", spu + "-A", "条形码", Double.parseDouble(SeededDefects.ean13(400 + n)), "进货价", 20d, "销售价", 59d,
            "促销价", 49d, "库存", 10d, "重量(kg)", 0.3, "主图", "https://img.example.com/p" + n + ".jpg",
            "细节图", "https://img.example.com/pd" + n + ".jpg", "视频", video, "商品描述", "<p>纯棉</p>", "运费模板", "全国包邮",
            "退换货政策", "7天无理由", "发货时间(小时)", 48d};
    }

    /** The size as the page writes it (1,024 bytes a KB). */
    private static final class VideoSize {
        static String of(long bytes) {
            return bytes < 1024 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
    }
}
