package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code connect-src 'self'} (issue 7, point 12) in a real Chromium: Vaadin's push still connects
 * over a websocket to the dashboard's own origin, and a page cannot reach any other host (the
 * attempts below are refused by the browser before any connection; 127.0.0.2 is loopback anyway).
 */
@EmbeddedAppTest
class ContentSecurityPolicyBrowserIT {

    @Value("${local.server.port}")
    private int port;

    @Test
    void pushUsesTheSameOriginWebsocketAndOtherHostsAreRefused() throws Exception {
        try (Browser browser = Browser.openWithLogs(port)) {
            browser.signInAs("alice");
            browser.go("/guilds/" + ACME);
            browser.await(By.id("overview-status-badge"));

            String refused = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const blocked = [];
                    document.addEventListener('securitypolicyviolation', e => blocked.push(e.violatedDirective + ' ' + e.blockedURI));
                    try { new WebSocket('ws://127.0.0.2:9/elsewhere'); } catch (e) { blocked.push('ws threw ' + e.name); }
                    fetch('http://127.0.0.2:9/elsewhere').catch(() => {}).finally(() => setTimeout(() => done(blocked.join('|')), 500));
                    """);
            assertThat(refused).contains("connect-src ws://127.0.0.2").contains("connect-src http://127.0.0.2");

            List<String> network = browser.driver.manage().logs().get("performance").getAll().stream()
                    .map(LogEntry::getMessage).toList();
            assertThat(network).as("push opened a websocket to this origin and the server accepted it")
                    .anyMatch(m -> m.contains("Network.webSocketCreated") && m.contains("ws://localhost:" + port + "/"))
                    .anyMatch(m -> m.contains("Network.webSocketHandshakeResponseReceived") && m.contains("\"status\":101"));
            List<String> console = browser.driver.manage().logs().get("browser").getAll().stream()
                    .map(LogEntry::getMessage).toList();
            assertThat(console).noneMatch(m -> m.contains("Content Security Policy") && m.contains("localhost:" + port));
        }
    }
}
