package dev.trackboard.security;

import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.HttpBrowser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The Discord sign-in at the HTTP level: state, session fixation, cookies, headers, not-found. */
@EmbeddedAppTest
class SignInFlowTest {

    /** A text node in the page's initial UIDL. */
    private static final Pattern RENDERED_TEXT = Pattern.compile("\"key\":\"text\",\"feat\":7,\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Value("${local.server.port}")
    private int port;

    @Test
    void signingInChangesTheSessionIdAndLandsInTheApp() {
        HttpBrowser browser = new HttpBrowser(port);
        String callback = browser.approveAt("alice");
        String before = browser.sessionCookie();

        HttpResponse<String> answer = browser.get(callback);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() {
        HttpBrowser browser = new HttpBrowser(port);
        String callback = browser.approveAt("alice");
        String forged = callback.replaceAll("state=[^&]*", "state=forged");

        assertThat(browser.get(forged).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void aCallbackWithoutStateIsRefused() {
        HttpBrowser browser = new HttpBrowser(port);
        String callback = browser.approveAt("alice");
        String stateless = callback.replaceAll("&?state=[^&]*", "");

        assertThat(browser.get(stateless).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void aReplayedCallbackIsRefused() {
        HttpBrowser browser = new HttpBrowser(port);
        String callback = browser.approveAt("alice");
        browser.get(callback);

        HttpBrowser attacker = new HttpBrowser(port);
        attacker.get("/oauth2/authorization/discord"); // a session with a pending sign-in of its own
        assertThat(attacker.get(callback).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get(callback).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNeverInAUrl() {
        HttpBrowser browser = new HttpBrowser(port);
        browser.signInAs("alice");

        assertThat(browser.setCookieHeaders()).filteredOn(h -> h.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(browser.locations()).isNotEmpty().noneSatisfy(l -> assertThat(l).containsIgnoringCase("jsessionid"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> login = new HttpBrowser(port).get("/login");

        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'").contains("default-src 'self'");
        // the page may talk to its own origin only; 'self' covers the same-origin push websocket (CSP 3)
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow().split(";\\s*"))
                .contains("connect-src 'self'").noneMatch(directive -> directive.contains("ws:") || directive.contains("*"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpResponse<String> answer = new HttpBrowser(port).get("/guilds/" + ACME);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aGuildBobMayNotOpenAnswersExactlyLikeAGuildThatDoesNotExist() {
        HttpBrowser bob = new HttpBrowser(port);
        bob.signInAs("bob");

        HttpResponse<String> forbidden = bob.get("/guilds/" + ACME);
        HttpResponse<String> missing = bob.get("/guilds/" + MISSING);

        assertThat(forbidden.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertThat(forbidden.body()).contains("\"not-found\"").doesNotContain("Acme Creators");
        assertThat(missing.body()).contains("\"not-found\"");
        assertThat(visibleTexts(forbidden.body())).isNotEmpty().isEqualTo(visibleTexts(missing.body()));
    }

    @Test
    void anUnknownPathAnswers404WithTheProductsPage() {
        HttpBrowser alice = new HttpBrowser(port);
        alice.signInAs("alice");

        HttpResponse<String> answer = alice.get("/no/such/page");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("\"not-found\"");
    }

    /** The texts the page renders, in order: what a person (or a prober) can tell apart. */
    private static List<String> visibleTexts(String page) {
        Matcher texts = RENDERED_TEXT.matcher(page);
        List<String> found = new ArrayList<>();
        while (texts.find()) {
            found.add(texts.group(1));
        }
        return found;
    }
}
