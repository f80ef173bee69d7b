package dev.trackboard.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, each with a fresh profile. Off CI the
 * tests are skipped when the packages are missing; on CI (CI=true) a missing browser is a failure.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The first dev-mode page load can take several seconds on a busy 2-core machine. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final WebDriver driver;
    final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser open(int port) throws Exception {
        return open(port, new ChromeOptions());
    }

    /** With Chromium's performance (network) and console logs, read through {@code driver.manage().logs()}. */
    static Browser openWithLogs(int port) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL", "browser", "ALL"));
        return open(port, options);
    }

    /**
     * At an address of its own, e.g. nginx's {@code https://localhost:18443} with its self-signed
     * certificate (accepted), with the network log as {@link #openWithLogs}.
     */
    static Browser openAt(String baseUrl) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setAcceptInsecureCerts(true);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL", "browser", "ALL"));
        Browser browser = open(0, options);
        return new Browser(browser.driver, baseUrl);
    }

    private static Browser open(int port, ChromeOptions options) throws Exception {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, "Debian chromium and chromium-driver are not installed; skipping browser tests");
        }
        Path profile = Files.createTempDirectory("trackboard-chromium");
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void awaitUrl(String fragment) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * Signs in through the Discord emulator as a demo user and waits for the guild picker. The
     * emulator asks only the first time in a browser: after that the sign-in is one click, as with
     * Discord, so the account screen is asked for by "use another account" when the page offers it.
     */
    void signInAs(String username) {
        go("/login");
        List<WebElement> other = driver.findElements(By.id("use-another-account"));
        (other.isEmpty() ? await(By.id("sign-in-with-discord")) : other.getFirst()).click();
        await(By.id("login-as-" + username)).click();
        await(By.id("guild-picker"));
    }

    /**
     * Clicks the element once it has stopped moving: menus open with an animation (on a phone the
     * user menu slides up as a sheet), and a click aimed at where an item was lands on another.
     */
    void clickWhenSteady(By locator) {
        new WebDriverWait(driver, PATIENCE).ignoring(ElementClickInterceptedException.class).until(browser -> {
            WebElement element = await(locator);
            Rectangle before = element.getRect();
            ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
            if (!element.getRect().equals(before)) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Presses the confirm button of the Vaadin confirm dialog with this id once it is open. */
    void confirmDialog(String dialogId) {
        new WebDriverWait(driver, PATIENCE).until(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const dialog = document.getElementById(arguments[0]);
                const button = dialog && dialog.querySelector('[slot="confirm-button"]');
                if (!button || !button.offsetParent && !dialog.opened) { return false; }
                button.click();
                return true;""", dialogId));
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
