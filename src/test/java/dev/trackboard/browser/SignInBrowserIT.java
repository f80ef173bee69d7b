package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;

/** What only a real browser shows: the sign-in round trip through the emulator, and sign-out. */
@EmbeddedAppTest
class SignInBrowserIT {

    @Value("${local.server.port}")
    private int port;

    @Test
    void aliceSignsInOpensAcmeAndSignsOutAndHerOldSessionIsRefused() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            assertThat(browser.await(By.id("guild-card-" + ACME)).getText()).contains("Acme Creators");
            assertThat(browser.await(By.id("embedded-badge")).getText()).containsIgnoringCase("embedded demo");

            browser.await(By.id("guild-card-" + ACME)).click();
            assertThat(browser.await(By.id("guild-name")).getText()).isEqualTo("Acme Creators");
            String session = browser.sessionCookie();

            browser.await(By.id("user-menu")).click();
            browser.clickWhenSteady(By.id("sign-out"));
            browser.awaitUrl("/login?signedOut");
            browser.await(By.id("sign-in-with-discord"));
            assertThat(browser.await(By.className("tb-login-notice")).getText()).isEqualTo("You have signed out.");

            assertThat(statusWithSession("/guilds/" + ACME, session)).isEqualTo(302);
        }
    }

    @Test
    void onAPhoneEveryHeaderActionOfAGuildPageStaysOnScreenAndSignOutWorks() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.signInAs("alice");
            browser.go("/guilds/" + ACME + "/tracking/posts");
            browser.await(By.id("tracked-posts"));

            long width = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth");
            for (String id : List.of("guild-switcher", "header-status-badge", "user-menu")) {
                WebElement action = browser.await(By.id(id));
                assertThat(action.getRect().getX() + action.getRect().getWidth()).as(id).isLessThanOrEqualTo((int) width);
            }

            browser.await(By.id("user-menu")).click();
            browser.clickWhenSteady(By.id("sign-out"));
            browser.awaitUrl("/login?signedOut");
        }
    }

    @Test
    void bobTypingAcmesAddressGetsNotFound() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("bob");

            browser.go("/guilds/" + ACME);

            assertThat(browser.await(By.id("not-found")).getText()).contains("Page not found");
            assertThat(browser.driver.getPageSource()).doesNotContain("Acme Creators");
        }
    }

    private int statusWithSession(String path, String sessionId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
