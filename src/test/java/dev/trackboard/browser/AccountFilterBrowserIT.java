package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * The posts screen's account filter in a real browser: typing a handle asks the server for matching
 * accounts, choosing one filters the grid and goes into the address; an account row's "Posts" link
 * opens the posts screen with that account chosen.
 */
@EmbeddedAppTest
class AccountFilterBrowserIT {

    private static final String ORBIT = "200000000000000003";

    @Value("${local.server.port}")
    private int port;

    @Test
    void anAccountIsFoundByHandleAndItsRowLeadsToItsPosts() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            browser.go("/guilds/" + ORBIT + "/tracking/posts?account=abc&from=1e5");
            WebElement combo = browser.await(By.id("post-account-filter"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            combo.findElement(By.tagName("input")).sendKeys("nova");
            String firstSuggestion = until(browser, () -> (String) js.executeScript("""
                    const item = document.querySelector('vaadin-combo-box-item');
                    return item && item.textContent.includes('nova') ? item.textContent : null;"""));
            screenshot(browser, "account-filter-open-1440");
            js.executeScript("document.querySelector('vaadin-combo-box-item').click()");
            browser.awaitUrl("account=");
            String handle = firstSuggestion.substring(1, firstSuggestion.indexOf(' '));
            String cells = until(browser, () -> {
                String text = (String) js.executeScript("""
                        const grid = document.querySelector('#posts-grid');
                        if (!grid || grid.hasAttribute('loading')) return null;
                        return Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('\\n');""");
                return text != null && text.contains(handle) ? text : null;
            });
            assertThat(cells).contains(handle);

            browser.go("/guilds/" + ORBIT + "/tracking/accounts?q=" + handle);
            WebElement posts = browser.await(By.cssSelector("#accounts-grid a.tb-account-posts"));
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            screenshot(browser, "accounts-posts-link-390");
            posts.click();
            browser.awaitUrl("/tracking/posts?account=");
            String chosen = until(browser, () -> {
                String value = (String) js.executeScript(
                        "const c = document.querySelector('#post-account-filter'); return c && c.inputElement ? c.inputElement.value : null;");
                return value == null || value.isEmpty() ? null : value;
            });
            assertThat(chosen).startsWith("@" + handle + " · ");
            screenshot(browser, "posts-filtered-390");
        }
    }

    private static <T> T until(Browser browser, java.util.function.Supplier<T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(50))
                .until(d -> condition.get());
    }

    /** For a person to look at: target/screenshots/*.png (not asserted). */
    private static void screenshot(Browser browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }
}
