package shelf.launcher;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web feature of a running Shelf on a free port and headless Chromium on it, as the browser tests after
 * WebWorkbenchIT use them: log in, read the page, take the README's screenshots (docs/web/).
 */
final class WorkbenchBrowser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** runtime/../docs/web: the README shows these. */
    private static final Path SHOTS = Path.of("..", "docs", "web");

    final WebDriver driver;
    final String base;

    private WorkbenchBrowser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /** Installs the web feature on a free port and opens Chromium; returns once the login page answers. */
    static WorkbenchBrowser open(ShelfCommand shelf, Path home, Path desk) throws Exception {
        return open(shelf, home, desk, "");
    }

    /**
     * The same, with more configurations in the test's feature: {@code "shelf.login": {…}}, say, written after
     * the web feature's port.
     */
    static WorkbenchBrowser open(ShelfCommand shelf, Path home, Path desk, String configurations) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/web-test.json"), """
                {"feature-resource-version": "1.0", "id": "local:web-test:1.0.0", "bundles": [], "configurations": {
                  "shelf.web": {"port": %d}%s}}
                """.formatted(port, configurations.isEmpty() ? "" : ",\n  " + configurations));
        shelf.ok("feature:install web-test; feature:install web");
        String base = "http://127.0.0.1:" + port;
        WebClient probe = new WebClient(base);
        long until = System.currentTimeMillis() + 15_000;
        while (true) {
            try {
                if (probe.get("/login").statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > until) {
                    throw notYet;
                }
            }
            Thread.sleep(100);
        }
        Path profile = Files.createDirectories(desk.resolve("chromium-profile"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1440,1100", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        return new WorkbenchBrowser(new ChromeDriver(service, options), base);
    }

    void get(String path) {
        driver.get(base + path);
    }

    void logIn(String user, String password) {
        driver.get(base + "/login");
        driver.findElement(By.name("user")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        WebElement button = driver.findElement(By.id("login"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    void logOut() {
        driver.manage().deleteAllCookies();
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
