package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every screen in light and dark, on a desktop and a phone: each visible text meets WCAG AA contrast (4.5:1, large
 * text 3:1) against the background it is painted on, computed in the page by {@code browser/wcag-contrast.js}
 * (docs/decisions/0156). Dark is Lumo's {@code html[theme~="dark"]} (signed in: alice's theme preference; signed out: set here)
 * together with {@code prefers-color-scheme: dark} for the pages outside Vaadin (the Discord emulator). The screenshots
 * land in {@code target/screenshots/dark-<theme>-<width>-<screen>.png} for a look.
 */
@EmbeddedAppTest
class DarkModeContrastBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final List<Size> SIZES = List.of(new Size(1440, 900), new Size(390, 844));

    /** A screen: where it is, what shows it is there, and a name for its screenshot. */
    private record Screen(String name, String path, String ready) { }

    private record Size(int width, int height) { }

    private static final List<Screen> SIGNED_IN = List.of(
            new Screen("picker", "/", "guild-picker"),
            new Screen("overview", "/guilds/" + ACME, "chart-posts"),
            new Screen("accounts", "/guilds/" + ACME + "/tracking/accounts", "tracked-accounts"),
            new Screen("posts", "/guilds/" + ACME + "/tracking/posts", "tracked-posts"),
            new Screen("brands", "/guilds/" + ACME + "/tracking/brands", "brands"),
            new Screen("settings", "/guilds/" + ACME + "/settings", "settings-editor"),
            new Screen("audit", "/guilds/" + ACME + "/audit", "audit-log"),
            new Screen("exports", "/guilds/" + ACME + "/exports", "exports"),
            new Screen("not-found", "/no-such-page", "not-found"),
            new Screen("guild-not-found", "/guilds/299999999999999999", "not-found"),
            new Screen("terms", "/terms", "terms"),
            new Screen("privacy", "/privacy", "privacy"));

    private static final List<Screen> SIGNED_OUT = List.of(
            new Screen("login", "/login", "sign-in-with-discord"),
            new Screen("login-error", "/login?error", "sign-in-with-discord"),
            new Screen("login-signed-out", "/login?signedOut", "sign-in-with-discord"),
            new Screen("login-expired", "/login?expired", "sign-in-with-discord"),
            new Screen("terms-signed-out", "/terms", "terms"));

    @Value("${local.server.port}")
    private int port;

    @BeforeEach
    @AfterEach
    void putAlicesPreferencesBack() {
        new ApiClient(port).resetPreferences("alice");
    }

    @Test
    void everyScreenMeetsWcagAaInLightAndDark() throws Exception {
        String contrastScript = resource("/browser/wcag-contrast.js");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Files.createDirectories(SHOTS);
        for (String theme : List.of("light", "dark")) {
            // signed in, dark is alice's theme preference: the app itself then keeps the page dark
            new ApiClient(port).savePreferences("alice", "{\"theme\":\"" + (theme.equals("dark") ? "dark" : "system") + "\"}");
            for (Size size : SIZES) {
                try (Browser browser = Browser.open(port)) {
                    // the page's size exactly (a window's size would include the browser's own bars)
                    ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                            "width", size.width(), "height", size.height(), "deviceScaleFactor", 1, "mobile", false));
                    colourScheme(browser, theme);
                    String prefix = theme + "-" + size.width() + "-";
                    for (Screen screen : SIGNED_OUT) {
                        checked += check(browser, screen, theme, prefix, contrastScript, failures);
                    }
                    browser.go("/login");
                    browser.await(By.id("sign-in-with-discord")).click();
                    browser.await(By.id("login-as-alice"));
                    checked += inspect(browser, "emulator-sign-in", theme, prefix, contrastScript, failures);
                    browser.driver.findElement(By.id("login-as-alice")).click();
                    browser.await(By.id("guild-picker"));
                    for (Screen screen : SIGNED_IN) {
                        checked += check(browser, screen, theme, prefix, contrastScript, failures);
                    }
                }
            }
        }
        System.out.println("DarkModeContrastBrowserIT: " + checked + " texts checked; screenshots in " + SHOTS.toAbsolutePath());
        failures.forEach(System.out::println);
        assertThat(checked).as("texts found on the screens").isGreaterThan(1000);
        assertThat(failures).as("texts below WCAG AA contrast").isEmpty();
    }

    /** Light, or dark both ways the app can be dark: the prefers-color-scheme media feature and Lumo's attribute. */
    private static void colourScheme(Browser browser, String theme) {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
        if (theme.equals("dark")) {
            // before the page's own scripts, so the first paint is dark (as the theme preference does); for the
            // pages outside a signed-in session, which know no preference
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    new MutationObserver((changes, observer) => {
                      if (document.documentElement) {
                        document.documentElement.setAttribute('theme', 'dark');
                        observer.disconnect();
                      }
                    }).observe(document, { childList: true });
                    """));
        }
    }

    private int check(Browser browser, Screen screen, String theme, String prefix, String script, List<String> failures)
            throws IOException {
        browser.go(screen.path());
        browser.await(By.id(screen.ready()));
        return inspect(browser, screen.name(), theme, prefix, script, failures);
    }

    @SuppressWarnings("unchecked")
    private int inspect(Browser browser, String name, String theme, String prefix, String script, List<String> failures)
            throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // settle: lazy sections load after the first paint, and webfonts and grids lay out after that
        js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => setTimeout(done, 1200));");
        assertThat(js.executeScript("return [document.documentElement.getAttribute('theme') === 'dark',"
                + " matchMedia('(prefers-color-scheme: dark)').matches]"))
                .as(name + " is " + theme).isEqualTo(List.of(theme.equals("dark"), theme.equals("dark")));
        screenshot(browser, SHOTS.resolve("dark-" + prefix + name + ".png"));
        List<Map<String, Object>> findings = (List<Map<String, Object>>) js.executeScript("return (\n" + script + "\n);");
        assertThat(findings).as("texts on " + name).isNotEmpty();
        System.out.println(prefix + name + ": " + findings.size() + " texts, worst " + findings.getFirst());
        for (Map<String, Object> finding : findings) {
            double ratio = ((Number) finding.get("ratio")).doubleValue();
            double required = ((Number) finding.get("required")).doubleValue();
            if (ratio < required) {
                failures.add(String.format("%s%s: %.2f < %.1f \"%s\" %s on %s (%s) at %s", prefix, name, ratio, required,
                        finding.get("text"), finding.get("color"), finding.get("background"), finding.get("font"),
                        finding.get("path")));
            }
        }
        return findings.size();
    }

    /** The page as far as it is laid out (the shell's content scrolls inside the app layout: then the screen). */
    @SuppressWarnings("unchecked")
    private static void screenshot(Browser browser, Path file) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", ((Number) content.get("width")).doubleValue(),
                        "height", Math.min(((Number) content.get("height")).doubleValue(), 6000))));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DarkModeContrastBrowserIT.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
