package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trackboard.embedded.TestHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The deployment of deploy/ as deploy/test-on-loopback.sh starts it (issue 13, point 5): two
 * production nodes behind Debian's nginx over HTTPS, an embedded-mode instance as the Tracking API
 * and Discord. Runs only when that script passes the deployment's work directory
 * ({@code -Dtrackboard.deploy.work=DIR}); it stops one node, so the deployment is used up after it.
 */
@EnabledIfSystemProperty(named = "trackboard.deploy.work", matches = ".+")
class DeploymentBrowserIT {

    private static final String HTTPS = "https://localhost:18443";
    private static final String HTTP = "http://localhost:18480";
    private static final int API = 18701;
    private static final String ACME = "200000000000000001";
    private static final String COOKIE = "__Host-trackboard";
    private static final Duration PUSH_LIMIT = Duration.ofSeconds(5);
    private static final Duration REVOCATION_LIMIT = Duration.ofSeconds(5);

    private static final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void healthyAcme() {
        force("ONLINE");
    }

    @AfterAll
    static void close() {
        browsers.forEach(Browser::close);
    }

    @Test
    void signInPushCookiesHstsAndANodeThatGoesAway() throws Exception {
        try {
            walkThrough();
        } catch (Exception | AssertionError failure) {
            keepWhatTheBrowsersShow(); // the deployment is gone after the run: the pictures are what is left
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        // TLS in front: HTTP is sent to HTTPS, HTTPS answers carry HSTS
        HttpClient client = trustingClient();
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(HTTP + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).contains(HTTPS + "/login");
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(HTTPS + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");

        // alice signs in through nginx; her session cookie is a __Host- cookie, Secure and HttpOnly, and names its node
        Browser alice = signedIn("alice");
        Cookie aliceCookie = alice.driver.manage().getCookieNamed(COOKIE);
        assertThat(aliceCookie).as("the session cookie, renamed for TLS").isNotNull();
        assertThat(aliceCookie.isSecure()).isTrue();
        assertThat(aliceCookie.isHttpOnly()).isTrue();
        assertThat(aliceCookie.getPath()).isEqualTo("/");
        String aliceNode = node(aliceCookie);

        // pushed status reaches her overview through nginx's websocket upgrade
        alice.go("/guilds/" + ACME);
        WebElement badge = alice.await(By.id("overview-status-badge"));
        awaitState(alice, badge, "ONLINE", Browser.PATIENCE);
        force("OFFLINE");
        awaitState(alice, badge, "OFFLINE", PUSH_LIMIT);
        assertThat(websocketsOpened(alice)).as("Vaadin Push over a websocket through nginx").anyMatch(url ->
                url.startsWith("wss://localhost:18443/VAADIN/push"));
        force("ONLINE");
        awaitState(alice, badge, "ONLINE", PUSH_LIMIT);

        // someone on the other node
        Browser other = onNodeOtherThan(aliceNode, "bob");
        other.go("/guilds/200000000000000002");
        WebElement otherBadge = other.await(By.id("overview-status-badge"));
        awaitState(other, otherBadge, "ONLINE", Browser.PATIENCE);

        // alice signs in on a second device, which lands on the other node; from her first one she signs it out,
        // and the second device's tab is at sign-in within 5 s (the other node's stream of ended sessions)
        Browser secondDevice = onNodeOtherThan(aliceNode, "alice");
        secondDevice.go("/account/sessions");
        String secondSession = secondDevice.await(By.cssSelector("#session-list .tb-session-current"))
                .getAttribute("id").substring("session-".length());
        secondDevice.go("/guilds/" + ACME);
        secondDevice.await(By.id("overview-status-badge"));
        alice.go("/account/sessions");
        alice.await(By.id("revoke-" + secondSession)).click();
        alice.confirmDialog("revoke-confirm");
        new WebDriverWait(secondDevice.driver, REVOCATION_LIMIT).until(ExpectedConditions.urlContains("/login?revoked"));
        alice.go("/guilds/" + ACME);
        alice.await(By.id("overview-status-badge"));

        // alice's node goes away: her next step lands on sign-in, one click gets her back in, on the other node
        stopNode(aliceNode);
        alice.go("/guilds/" + ACME);
        alice.awaitUrl("/login");
        assertThat(alice.await(By.id("sign-in-with-discord")).getText()).contains("Alice");
        // one click: Discord (the emulator) remembers her and does not ask again (prompt=none)
        alice.await(By.id("sign-in-with-discord")).click();
        alice.await(By.id("overview-status-badge"));
        assertThat(alice.driver.getCurrentUrl()).contains("/guilds/" + ACME);
        assertThat(node(alice.driver.manage().getCookieNamed(COOKIE))).isNotEqualTo(aliceNode);

        // the other node's user was not affected: his tab still gets pushed status
        force("OFFLINE", "200000000000000002");
        awaitState(other, otherBadge, "OFFLINE", PUSH_LIMIT);
        force("ONLINE", "200000000000000002");
    }

    private static void keepWhatTheBrowsersShow() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser.driver).getScreenshotAs(
                    org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve("deployment-" + i + ".png"), png);
            Files.writeString(dir.resolve("deployment-" + i + ".txt"), browser.driver.getCurrentUrl());
        }
    }

    private static Browser signedIn(String user) throws Exception {
        Browser browser = Browser.openAt(HTTPS);
        browsers.add(browser);
        browser.signInAs(user);
        return browser;
    }

    /** A browser signed in as the user whose session nginx placed on another node than the given one. */
    private static Browser onNodeOtherThan(String node, String user) throws Exception {
        for (int attempt = 0; attempt < 6; attempt++) {
            Browser browser = signedIn(user);
            if (!node(browser.driver.manage().getCookieNamed(COOKIE)).equals(node)) {
                return browser;
            }
        }
        throw new AssertionError("no session of " + user + " on a node other than " + node + " (round robin)");
    }


    private static String node(Cookie cookie) {
        String value = cookie.getValue();
        return value.substring(value.lastIndexOf('.') + 1);
    }

    private static void awaitState(Browser browser, WebElement badge, String state, Duration limit) {
        new WebDriverWait(browser.driver, limit).until(driver -> state.equals(badge.getAttribute("data-state")));
    }

    private static List<String> websocketsOpened(Browser browser) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if ("Network.webSocketCreated".equals(message.path("method").asText())) {
                urls.add(message.path("params").path("url").asText());
            }
        }
        return urls;
    }

    /** The node's process, from the pids deploy/try-on-loopback.sh wrote (API, a, b, nginx). */
    private static void stopNode(String node) throws Exception {
        String[] pids = Files.readString(Path.of(System.getProperty("trackboard.deploy.work"), "pids")).trim().split(" ");
        long pid = Long.parseLong(pids["a".equals(node) ? 1 : 2]);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroy(); // SIGTERM: a graceful stop, as systemctl stop does
        process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void force(String state) {
        force(state, ACME);
    }

    private static void force(String state, String guild) {
        assertThat(new TestHttp(API).postJson("/embedded/bot/" + guild + "/status", "{\"state\":\"" + state + "\"}")
                .statusCode()).isEqualTo(204);
    }

    private static HttpClient trustingClient() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(""); // the self-signed certificate of the loopback test
        return HttpClient.newBuilder().sslContext(tls).sslParameters(parameters)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
