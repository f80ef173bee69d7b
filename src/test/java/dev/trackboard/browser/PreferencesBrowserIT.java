package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.EmbeddedAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * In a real Chromium: choosing dark on the account screen turns this tab and the user's other tab
 * dark at once (no reload), and the page the server sends next already carries the theme on its
 * {@code <html>} element, before any script of the Vaadin client.
 */
@EmbeddedAppTest
class PreferencesBrowserIT {

    @Value("${local.server.port}")
    private int port;

    @BeforeEach
    @AfterEach
    void putAlicesPreferencesBack() {
        new ApiClient(port).resetPreferences("alice");
    }

    private static String theme(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.getAttribute('theme') + ' ' + getComputedStyle(document.documentElement).colorScheme");
    }

    @Test
    void darkReachesEveryTabAtOnceAndTheNextPageFromItsFirstByte() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            String picker = browser.driver.getWindowHandle();
            assertThat(theme(browser)).isEqualTo("light-dark light dark");
            browser.driver.switchTo().newWindow(WindowType.TAB);
            String account = browser.driver.getWindowHandle();
            browser.go("/account");
            browser.await(By.id("pref-theme"));
            Object pageBefore = ((JavascriptExecutor) browser.driver).executeScript("return window.performance.timeOrigin");

            browser.driver.findElement(By.cssSelector("#pref-theme vaadin-radio-button:nth-of-type(2)")).click();

            new WebDriverWait(browser.driver, Browser.PATIENCE).until(driver -> theme(browser).equals("dark dark"));
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.performance.timeOrigin"))
                    .as("no reload").isEqualTo(pageBefore);
            browser.driver.switchTo().window(picker);
            new WebDriverWait(browser.driver, Browser.PATIENCE).until(driver -> theme(browser).equals("dark dark"));

            String served = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/account', {credentials: 'same-origin'}).then(r => r.text()).then(done)");
            String htmlTag = served.substring(served.indexOf("<html"), served.indexOf('>', served.indexOf("<html")) + 1);
            assertThat(htmlTag).contains("theme=\"dark\"", "color-scheme: dark");
            assertThat(served.indexOf("<html")).isLessThan(served.indexOf("<script"));
            browser.driver.switchTo().window(account);
        }
    }
}
