package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/** Push in a real browser: a status change reaches an open overview within 2 s, without reload. */
@EmbeddedAppTest
class BotStatusBrowserIT {

    private static final Duration PUSH_LIMIT = Duration.ofSeconds(2);

    @Value("${local.server.port}")
    private int port;

    @AfterEach
    void backOnline() {
        force("ONLINE");
    }

    @Test
    void aliceSeesAcmeGoOfflineAndBackOnlineWithoutReloading() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            browser.go("/guilds/" + ACME);
            WebElement badge = browser.await(By.id("overview-status-badge"));
            new WebDriverWait(browser.driver, Browser.PATIENCE)
                    .until(driver -> "ONLINE".equals(badge.getAttribute("data-state")));
            browser.await(By.id("chart-posts"));
            // a marker on the page: a reload would lose it
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.__noReload = true;");

            force("OFFLINE");
            new WebDriverWait(browser.driver, PUSH_LIMIT)
                    .until(driver -> "OFFLINE".equals(badge.getAttribute("data-state")));
            assertThat(badge.getText()).contains("Offline");
            assertThat(browser.driver.findElement(By.id("header-status-badge")).getAttribute("data-state"))
                    .isEqualTo("OFFLINE");

            force("ONLINE");
            new WebDriverWait(browser.driver, PUSH_LIMIT)
                    .until(driver -> "ONLINE".equals(badge.getAttribute("data-state")));
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return window.__noReload === true;")).isEqualTo(true);
        }
    }

    private void force(String state) {
        assertThat(new TestHttp(port).postJson("/embedded/bot/" + ACME + "/status", "{\"state\":\"" + state + "\"}")
                .statusCode()).isEqualTo(204);
    }
}
