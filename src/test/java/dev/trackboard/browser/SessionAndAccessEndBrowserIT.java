package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.BOB;
import static dev.trackboard.testing.Demo.NIMBUS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.access.AccessProperties;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.EmbeddedProperties;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * What only a real browser shows about ends: a tab whose user lost the guild is pushed the
 * not-found page over the websocket without a click, and a tab whose session went idle lands on
 * sign-in with the "expired" notice at its next request. The application's clock is moved, not
 * waited for.
 */
@EmbeddedAppTest
class SessionAndAccessEndBrowserIT {

    @Value("${local.server.port}")
    int port;
    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;
    @Autowired
    TestClock clock;
    @Autowired
    AccessProperties access;
    @Autowired
    EmbeddedProperties embedded;

    @Test
    void aTabWhoseUserLostManageServerShowsNotFoundByItself() throws Exception {
        TestHttp http = new TestHttp(port);
        String member = "/embedded/discord/admin/guilds/" + NIMBUS + "/members/" + BOB;
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("bob");
            browser.go("/guilds/" + NIMBUS);
            assertThat(browser.await(By.id("guild-name")).getText()).isEqualTo("Nimbus Studio");
            try {
                assertThat(http.putJson(member, "{\"permissions\":\"1024\"}").statusCode()).isEqualTo(204);

                clock.advance(embedded.permissionMaxAge().plus(access.recheckInterval()));

                assertThat(browser.await(By.id("not-found")).getText()).contains("Page not found");
                assertThat(browser.driver.getCurrentUrl()).endsWith("/guilds/" + NIMBUS);
                // nothing of the guild is left: not in the DOM, not in the first load's inlined state
                new WebDriverWait(browser.driver, Browser.PATIENCE).until(driver ->
                        !driver.getPageSource().contains("Nimbus Studio"));
                Object initial = ((JavascriptExecutor) browser.driver).executeScript(
                        "return JSON.stringify((window.Vaadin && window.Vaadin.TypeScript) || {});");
                assertThat(String.valueOf(initial)).doesNotContain("Nimbus Studio");
                // and the tab still works
                browser.await(By.cssSelector("#not-found a")).click();
                browser.await(By.id("guild-picker"));
            } finally {
                http.putJson(member, "{\"permissions\":\"32\"}");
            }
        }
    }

    @Test
    void anIdleTabGoesToSignInWithTheExpiredNoticeAtItsNextRequest() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");

            clock.advance(idleTimeout.plusSeconds(1));
            browser.await(By.id("guild-card-" + ACME)).click(); // a Vaadin request, not a page load

            browser.awaitUrl("/login?expired");
            assertThat(browser.await(By.className("tb-login-notice")).getText()).isNotBlank();
            browser.go("/guilds/" + ACME);
            browser.awaitUrl("/login");
            browser.await(By.id("sign-in-with-discord"));
        }
    }

    /** The tab reloads its page on a session Vaadin finds gone, so sign-in remembers it: one click back to it. */
    @Test
    void afterAnIdleSessionEndsTheSignInGoesBackToThePageTheTabHadOpen() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            String posts = "/guilds/" + ACME + "/tracking/posts";
            browser.go(posts);
            browser.await(By.id("tracked-posts"));

            clock.advance(idleTimeout.plusSeconds(1));
            browser.await(By.id("export-these")).click(); // a Vaadin request, not a page load

            browser.awaitUrl("/login?expired");
            assertThat(browser.await(By.className("tb-login-notice")).getText()).isNotBlank();
            browser.await(By.id("use-another-account")).click();
            browser.await(By.id("login-as-alice")).click();
            browser.await(By.id("tracked-posts"));
            // Spring Security's saved request comes back with "?continue"
            assertThat(browser.driver.getCurrentUrl()).contains(posts);
        }
    }
}
