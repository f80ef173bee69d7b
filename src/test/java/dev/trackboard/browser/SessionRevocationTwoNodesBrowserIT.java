package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.Application;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.EmbeddedProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, point 4: two production-mode dashboard nodes (A and B, in this JVM, each on a port of
 * its own) against one embedded-mode instance as the Tracking API and Discord. Alice signs in on
 * both; on A's sessions screen she signs out her session on B. B's open tab, which is only pushed
 * to, is at sign-in with the explanation within 5 s, and B refuses the old cookie. And issue 12,
 * point 1: a theme chosen on A's account screen shows in her open tab on B within 5 s, without a
 * reload (the same node stream carries saved preferences, decision 0141).
 */
@EmbeddedAppTest
class SessionRevocationTwoNodesBrowserIT {

    private static final Duration REVOCATION_LIMIT = Duration.ofSeconds(5);

    @Value("${local.server.port}")
    int apiPort;
    @Autowired
    EmbeddedProperties embedded;
    @Autowired
    JdbcClient embeddedJdbcClient;

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void stop() {
        browsers.forEach(Browser::close);
        nodes.forEach(ConfigurableApplicationContext::close);
        new ApiClient(apiPort).resetPreferences("alice");
    }

    @Test
    void revokedOnNodeAItEndsOnNodeBWithinFiveSeconds() throws Exception {
        int nodeA = startNode("a");
        int nodeB = startNode("b");
        Instant start = Instant.now().minusSeconds(1);

        // alice on B, on a screen that is pushed to (the live status)
        Browser onB = open(nodeB);
        onB.signInAs("alice");
        onB.go("/guilds/" + ACME);
        onB.await(By.id("overview-status-badge"));
        String oldCookie = onB.driver.manage().getCookieNamed("tb-node-b").getValue();
        // before the test's own API session and A's sign-in are issued newer ones
        String discordTokenOfB = newestDiscordTokenOfAlice();
        String sessionOnB = newestBrowserSessionOfAlice(start);

        // and on A, where she signs B out
        Browser onA = open(nodeA);
        onA.signInAs("alice");
        onA.go("/account/sessions");
        onA.await(By.cssSelector("#session-list .tb-session-current"));
        onA.await(By.id("revoke-" + sessionOnB)).click();
        onA.confirmDialog("revoke-confirm");

        new WebDriverWait(onB.driver, REVOCATION_LIMIT).until(ExpectedConditions.urlContains("/login?revoked"));
        assertThat(onB.await(By.className("tb-login-notice")).getText()).contains("signed out");

        // the old cookie is refused on B: sign-in, not the guild
        HttpResponse<String> withOldCookie = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + nodeB + "/guilds/" + ACME))
                .header("Cookie", "tb-node-b=" + oldCookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withOldCookie.statusCode()).isEqualTo(302);
        assertThat(withOldCookie.headers().firstValue("Location").orElseThrow()).contains("/login");

        // B's Discord token, used by that sign-in only, is revoked at Discord (the emulator)
        // (by the sign-out of the next request or by the node's own sign-out a second later, whichever comes first)
        new WebDriverWait(onB.driver, Browser.PATIENCE).until(driver -> embeddedJdbcClient.sql(
                        "SELECT revoked_at IS NOT NULL FROM discord_oauth_token WHERE token_hash = ?")
                .param(discordTokenOfB).query(Boolean.class).single());

        // A goes on, without B's session in its list
        new WebDriverWait(onA.driver, Browser.PATIENCE).until(driver ->
                driver.findElements(By.id("session-" + sessionOnB)).isEmpty());
        assertThat(onA.driver.findElements(By.cssSelector("#session-list .tb-session-current"))).hasSize(1);
    }

    @Test
    void aThemeChosenOnNodeAShowsInTheTabOnNodeBWithoutReload() throws Exception {
        new ApiClient(apiPort).savePreferences("alice", "{\"theme\":\"light\"}");
        int nodeA = startNode("a");
        int nodeB = startNode("b");

        Browser onB = open(nodeB);
        onB.signInAs("alice");
        onB.go("/guilds/" + ACME);
        onB.await(By.id("overview-status-badge"));
        JavascriptExecutor pageOnB = (JavascriptExecutor) onB.driver;
        assertThat(pageOnB.executeScript("return document.documentElement.getAttribute('theme')")).isEqualTo("light");
        // a marker on the page: a reload would lose it
        pageOnB.executeScript("window.__noReload = true;");

        Browser onA = open(nodeA);
        onA.signInAs("alice");
        onA.go("/account");
        onA.await(By.cssSelector("#pref-theme vaadin-radio-button:nth-of-type(2)")).click(); // Dark

        new WebDriverWait(onB.driver, REVOCATION_LIMIT).until(driver ->
                "dark".equals(pageOnB.executeScript("return document.documentElement.getAttribute('theme')")));
        assertThat(pageOnB.executeScript("return window.__noReload === true;")).as("no reload").isEqualTo(true);
    }

    /** A production-mode node pointed at the embedded API, as deploy/try-on-loopback.sh starts them. */
    private int startNode(String name) {
        String api = "http://127.0.0.1:" + apiPort;
        String emulator = api + "/embedded/discord";
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("trackboard.mode", "production");
        settings.put("trackboard.node-name", name);
        settings.put("server.address", "127.0.0.1");
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("management.server.address", "127.0.0.1");
        // both nodes are on localhost: cookies do not tell ports apart
        settings.put("server.servlet.session.cookie.name", "tb-node-" + name);
        settings.put("trackboard.api.base-url", api + "/api/v1");
        settings.put("trackboard.sessions.node-credential", embedded.nodeCredential());
        settings.put("trackboard.discord.client-id", DemoSignIn.CLIENT_ID);
        settings.put("trackboard.discord.client-secret", DemoSignIn.CLIENT_SECRET);
        settings.put("trackboard.discord.authorization-uri", emulator + "/oauth2/authorize");
        settings.put("trackboard.discord.token-uri", emulator + "/api/oauth2/token");
        settings.put("trackboard.discord.user-info-uri", emulator + "/api/users/@me");
        settings.put("trackboard.discord.revocation-uri", emulator + "/api/oauth2/token/revoke");
        settings.put("spring.main.banner-mode", "off");
        // as arguments: default properties would lose to application.properties (server.port=8080)
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext node = new SpringApplicationBuilder(Application.class).run(arguments);
        nodes.add(node);
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private Browser open(int port) throws Exception {
        Browser browser = Browser.open(port);
        browsers.add(browser);
        return browser;
    }

    /** The latest of alice's sessions that a browser started since {@code after} (test clients say "JUnit"). */
    private String newestBrowserSessionOfAlice(Instant after) {
        ApiClient api = new ApiClient(apiPort);
        JsonNode items = DemoSignIn.json(api.get("/api/v1/sessions",
                ApiClient.accessToken(api.session("alice"))).body()).get("items");
        String newest = null;
        Instant newestAt = after;
        for (JsonNode item : items) {
            Instant created = Instant.parse(item.get("createdAt").asText());
            if (!"JUnit".equals(item.path("userAgent").asText()) && created.isAfter(newestAt)) {
                newest = item.get("id").asText();
                newestAt = created;
            }
        }
        assertThat(newest).as("the session alice's sign-in on B started").isNotNull();
        return newest;
    }

    /** The hash of the Discord access token the emulator issued to alice last. */
    private String newestDiscordTokenOfAlice() {
        return embeddedJdbcClient.sql("""
                        SELECT token_hash FROM discord_oauth_token WHERE user_id = ? AND kind = 'ACCESS'
                        ORDER BY expires_at DESC LIMIT 1""")
                .param(dev.trackboard.testing.Demo.ALICE).query(String.class).single();
    }
}
