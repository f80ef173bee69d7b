package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
            browser.await(By.id("sign-out")).click();
            browser.awaitUrl("/login");
            browser.await(By.id("sign-in-with-discord"));

            assertThat(statusWithSession("/guilds/" + ACME, session)).isEqualTo(302);
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
