package dev.trackboard.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.testing.HttpBrowser;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The theme is in the page the server sends, on its {@code <html>} element, before any script of the
 * Vaadin client has run: the first paint is already the user's theme. What a browser receives is
 * read as it arrives (no script runs in this client).
 */
@EmbeddedAppTest
class ThemeFirstPaintHttpTest {

    private static final Pattern HTML_TAG = Pattern.compile("<html[^>]*>");

    @Value("${local.server.port}")
    int port;

    @AfterEach
    void putAlicesPreferencesBack() {
        new ApiClient(port).resetPreferences("alice");
    }

    private void save(String body) {
        new ApiClient(port).savePreferences("alice", body);
    }

    private static String htmlTag(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher tag = HTML_TAG.matcher(page.body());
        assertThat(tag.find()).as("an <html> element").isTrue();
        assertThat(page.body().indexOf("<script")).as("the theme comes before every script")
                .isGreaterThan(tag.end());
        return tag.group();
    }

    @Test
    void aUserWhoChoseDarkGetsADarkPageFromTheFirstByte() {
        save("{\"theme\":\"dark\",\"timeZone\":null,\"language\":null}");
        HttpBrowser alice = new HttpBrowser(port);
        alice.signInAs("alice");

        String html = htmlTag(alice.get("/"));

        assertThat(html).contains("theme=\"dark\"", "color-scheme: dark");
    }

    @Test
    void lightIsForcedAndSystemLeavesItToTheBrowsersColourScheme() {
        save("{\"theme\":\"light\",\"timeZone\":null,\"language\":null}");
        HttpBrowser light = new HttpBrowser(port);
        light.signInAs("alice");
        assertThat(htmlTag(light.get("/"))).contains("theme=\"light\"", "color-scheme: light\"");

        new ApiClient(port).resetPreferences("alice");
        HttpBrowser system = new HttpBrowser(port);
        system.signInAs("alice");
        assertThat(htmlTag(system.get("/"))).contains("theme=\"light-dark\"", "color-scheme: light dark");
    }

    @Test
    void beforeSignInTheDevicesLastThemeCookieDecidesAndNonsenseInItIsIgnored() {
        TestHttp http = new TestHttp(port);

        assertThat(htmlTag(http.get("/login", "Cookie", "tb-theme=dark"))).contains("theme=\"dark\"");
        assertThat(htmlTag(http.get("/login", "Cookie", "tb-theme=\"><script>alert(1)</script>")))
                .contains("theme=\"light-dark\"").doesNotContain("alert");
        assertThat(htmlTag(http.get("/login"))).contains("theme=\"light-dark\"");
    }
}
