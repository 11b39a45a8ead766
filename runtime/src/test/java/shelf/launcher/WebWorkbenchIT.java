package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import shelf.image.standard.bench.BenchmarkPhotos;

/**
 * The web workbench of the real distribution, driven in headless Chromium as a reviewer, an editor and
 * someone guessing a password would use it. The screenshots go to docs/web/ for the README.
 */
class WebWorkbenchIT extends RunningShelf {
    private WorkbenchBrowser workbench;
    private WebDriver browser;
    private String base;

    @AfterEach
    void closeBrowser() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void aReviewerApprovesWhatSheSeesAnEditorIsRefusedFiveWrongPasswordsLockAndAnUploadShowsItsErrors() throws Exception {
        Assumptions.assumeTrue(WorkbenchBrowser.installed(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        productsWaitingForReview();
        openTheWorkbench();

        // a reviewer logs in and opens her queue
        browser.get(base + "/login");
        shot("login");
        logIn("wang", "wang-pass-1");
        assertTrue(browser.getCurrentUrl().endsWith("/review"), browser.getCurrentUrl());
        String queue = browser.findElement(By.id("queue")).getText();
        assertTrue(queue.contains("A-1") && queue.contains("A-2") && queue.contains("初审"), queue);
        shot("queue");

        // the product page: the processed main image at its real size, the original beside, the image stage's findings
        browser.findElement(By.linkText("A-1")).click();
        WebElement processed = browser.findElement(By.cssSelector("figure[id='mainImages[0]'] img.processed"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) js("return arguments[0].complete", processed));
        assertEquals(List.of(800L, 800L), js("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", processed));
        assertEquals(List.of(800L, 800L), js("return [arguments[0].width, arguments[0].height]", processed),
                "shown at its real size, not scaled");
        WebElement original = browser.findElement(By.cssSelector("figure[id='mainImages[0]'] img.original"));
        assertEquals(List.of(1600L, 1600L), js("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", original));
        String second = browser.findElement(By.id("mainImages[1]")).getText();
        assertTrue(second.contains("image.blurry"), "the image stage's finding beside its image: " + second);
        assertTrue(browser.findElement(By.id("field-title")).getText().contains("纯棉圆领短袖T恤"));
        shotWholePage("product");

        // approve with the keyboard: the next product opens, saying what happened
        new Actions(browser).sendKeys("a").perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("done="));
        String done = browser.findElement(By.className("done")).getText();
        assertTrue(done.contains("A-1") && done.contains("终审"), done);

        // the board, and it follows another reviewer's approval without a reload
        browser.get(base + "/board");
        assertEquals("(1)", count("pre-review"));
        assertEquals("(1)", count("final-review"));
        js("window.sameLoad = true");
        WebClient colleague = new WebClient(base);
        assertEquals(303, colleague.login("wang", "wang-pass-1").statusCode());
        colleague.get("/review/product?p=acme/A-2");
        assertEquals(303, colleague.post("/review/approve", "p", "acme/A-2", "comment", "信息完整", "csrf", colleague.csrf).statusCode());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> count("final-review").equals("(2)"));
        assertEquals("(0)", count("pre-review"));
        assertEquals(Boolean.TRUE, js("return window.sameLoad === true"), "the board changed without a reload");
        shot("board");

        // an editor sees no approve button, and an approval posted by hand is refused by the review service
        WebClient lily = new WebClient(base);
        assertEquals(303, lily.login("lily", "lily-pass-1").statusCode());
        String page = lily.get("/review/product?p=acme/A-1").body();
        assertTrue(page.contains("A-1") && !page.contains("id=approve"), page);
        HttpResponse<String> refused = lily.post("/review/approve", "p", "acme/A-1", "comment", "", "csrf", lily.csrf);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("review:approve needs the role reviewer (or admin) — lily has editor"), refused.body());
        assertEquals(403, lily.post("/review/approve", "p", "acme/A-1", "csrf", "forged").statusCode(), "a wrong CSRF token");
        assertTrue(shelf.ok("review:show A-1").startsWith("A-1 (acme) — 终审 final-review"), "nothing moved");

        // an upload goes through the importer and shows its row errors and findings
        logOut();
        logIn("lily", "lily-pass-1");
        browser.get(base + "/review/product?p=acme/A-1");
        assertTrue(browser.findElements(By.id("approve")).isEmpty(), "an editor has no approve button");
        shot("editor-product");

        // a reviewer approves both from the queue at once (the ticked boxes post together)
        colleague.get("/review");
        assertEquals(303, colleague.post("/review/approve-selected", "p", "acme/A-1", "p", "acme/A-2", "comment", "终审通过",
                "csrf", colleague.csrf).statusCode());
        assertTrue(shelf.ok("review:show A-1").startsWith("A-1 (acme) — 已通过 approved"));
        assertTrue(shelf.ok("review:show A-2").startsWith("A-2 (acme) — 已通过 approved"));
        Path workbook = badWorkbook();
        browser.get(base + "/batches");
        browser.findElement(By.id("file")).sendKeys(workbook.toString());
        browser.findElement(By.id("merchant")).sendKeys("acme");
        browser.findElement(By.id("upload-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/batches/show?id=2"));
        String errors = browser.findElement(By.id("row-errors")).getText();
        assertTrue(errors.contains("十二元") && errors.contains("销售价"), errors);
        assertTrue(browser.findElement(By.id("summary")).getText().contains("错误行 row errors 1"),
                browser.findElement(By.id("summary")).getText());
        assertTrue(browser.findElement(By.id("findings")).getText().contains("title.banned-word"),
                browser.findElement(By.id("findings")).getText());
        shot("batch");
        HttpResponse<byte[]> report = lily.bytes("/batches/report?id=2");
        assertEquals(200, report.statusCode());
        assertEquals("PK", new String(report.body(), 0, 2), "an .xlsx workbook");

        // five wrong passwords lock the name, as in the shell
        logOut();
        for (int i = 1; i <= 5; i++) {
            logIn("zhao", "guess-" + i);
        }
        String locked = browser.findElement(By.id("login-error")).getText();
        assertTrue(locked.contains("locked"), locked);
        logIn("zhao", "zhao-pass-1");
        assertTrue(browser.findElement(By.id("login-error")).getText().contains("locked"), "the right password is refused too");
        shot("locked");
        assertTrue(shelf.as("zhao", "zhao-pass-1").run("-c", "product:list").err().contains("locked"),
                "the shell refuses the name as well");
        assertTrue(ShelfCommand.lineWith(shelf.ok("user:list"), "zhao").contains("locked"));

        // the admin's pages: the channels with their jobs, and the audit trail with the web's logins in it
        logIn(ShelfCommand.ADMIN, ShelfCommand.ADMIN_PASSWORD);
        browser.findElement(By.linkText("渠道与任务 Channels and jobs")).click();
        String channels = browser.findElement(By.id("channels")).getText();
        assertTrue(channels.contains("weidian") && channels.contains("taobao"), channels);
        shot("channels");
        browser.get(base + "/audit?user=zhao");
        assertTrue(browser.findElement(By.id("verify")).getText().contains("intact"), browser.findElement(By.id("verify")).getText());
        String trail = browser.findElement(By.id("audit")).getText();
        assertTrue(trail.lines().anyMatch(line -> line.contains("login") && line.contains("refused web 127.0.0.1")), trail);
        shot("audit");
        assertEquals(403, lily.get("/audit").statusCode(), "an editor may not read the trail");
    }

    /** Two products of acme in pre-review, their images processed; a reviewer, an editor, a third user. */
    private void productsWaitingForReview() throws Exception {
        Path photos = Files.createDirectories(desk.resolve("图片"));
        BenchmarkPhotos.write(BenchmarkPhotos.photo(1600, 1600, 1), photos.resolve("A-1.jpg"), 0.9f);
        BenchmarkPhotos.write(outOfFocus(1600), photos.resolve("A-1-侧面.jpg"), 0.9f);
        BenchmarkPhotos.write(BenchmarkPhotos.photo(1600, 1600, 3), photos.resolve("A-2.jpg"), 0.9f);
        BenchmarkPhotos.write(BenchmarkPhotos.photo(1000, 2000, 4), photos.resolve("详情.jpg"), 0.9f);
        new MerchantWorkbook("春季上新")
                .row(clean("A-1", "纯棉圆领短袖T恤 女款 夏季新品", "服饰鞋包>女装>T恤", 6901234567823d, 59d, "图片/A-1.jpg;图片/A-1-侧面.jpg"))
                .row(clean("A-2", "亚麻阔腿休闲长裤 女款 春季新品", "服饰鞋包>女装>裤子", 6901234567830d, 89d, "图片/A-2.jpg"))
                .write(desk.resolve("acme.xlsx"));
        shelf.ok("import acme.xlsx --merchant acme; images:process 1");
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "wang-pass-1").ok("user:add wang --role reviewer --merchant acme");
        shelf.with("SHELF_NEW_PASSWORD", "zhao-pass-1").ok("user:add zhao --role reviewer --merchant acme");
        String submitted = shelf.as("lily", "lily-pass-1").ok("submit A-1 A-2");
        assertTrue(submitted.contains("2 of 2 moved"), submitted);
    }

    /** A photo with nothing in focus: a smooth grey gradient, which the image stage calls blurry. */
    private static java.awt.image.BufferedImage outOfFocus(int size) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(120, 120, 130), size, size, new java.awt.Color(180, 170, 160)));
        g.fillRect(0, 0, size, size);
        g.dispose();
        return image;
    }

    /** A workbook with a price that is no number (a row error) and a banned word in a title (a finding). */
    private Path badWorkbook() throws IOException {
        Object[] typo = clean("B-1", "纯棉短袖T恤 男款", "服饰鞋包>男装>T恤", 6901234567847d, 49d, "");
        for (int i = 0; i < typo.length; i += 2) {
            if (typo[i].equals("销售价")) {
                typo[i + 1] = "十二元";
            }
        }
        return new MerchantWorkbook("夏季上新")
                .row(typo)
                .row(clean("B-2", "最好的纯棉T恤 男款", "服饰鞋包>男装>T恤", 6901234567854d, 39d, ""))
                .write(desk.resolve("夏季上新.xlsx"));
    }

    private static Object[] clean(String spu, String title, String category, double barcode, double price, String main) {
        return new Object[] {"商品编码", spu, "商品标题", title, "类目", category, "品牌", "南极人", "型号", spu + "-M", "材质", "棉",
            "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色", "规格2名称", "尺码", "规格2值", "M", "SKU编码", spu + "-A",
            "条形码", barcode, "进货价", price / 2, "销售价", price, "促销价", price - 10, "库存", 30d, "重量(kg)", 0.3,
            "主图", main.isEmpty() ? "https://img.example/" + spu + ".jpg" : main, "细节图",
            main.isEmpty() ? "https://img.example/" + spu + "-d.jpg" : "图片/详情.jpg",
            "商品描述", "<p>面料舒适</p>", "运费模板", "全国包邮", "退换货政策", "7天无理由退换", "发货时间(小时)", 48d};
    }

    /** The web feature on a free port, with the login waits shortened so five failures take a second. */
    private void openTheWorkbench() throws Exception {
        workbench = WorkbenchBrowser.open(shelf, home, desk,
                "\"shelf.login\": {\"firstDelayMillis\": 50, \"longestDelayMillis\": 200}");
        browser = workbench.driver;
        base = workbench.base;
    }

    private void logIn(String user, String password) {
        if (!browser.getCurrentUrl().endsWith("/login")) {
            browser.get(base + "/login");
        }
        WebElement name = browser.findElement(By.name("user"));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password);
        WebElement button = browser.findElement(By.id("login"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(button));
    }

    /**
     * The element left the page (a navigation replaced it). Chromium answers for a node of the old document
     * either "stale element" or, during the navigation, "Node with given id does not belong to the document".
     */
    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        };
    }

    private void logOut() {
        WebElement button = browser.findElement(By.cssSelector("nav form button"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(button));
    }

    private String count(String state) {
        // read in one go: the polling replaces the columns every few seconds
        return (String) js("return document.querySelector(\"section[data-state='" + state + "'] .count\").textContent");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The page from top to bottom: the window made as tall as the page for the picture. */
    private void shotWholePage(String name) throws IOException {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        long height = (Long) js("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int) Math.min(height + 150, 6000)));
        shot(name);
        browser.manage().window().setSize(before);
    }

    private void shot(String name) throws IOException {
        workbench.shot(name);
    }
}
