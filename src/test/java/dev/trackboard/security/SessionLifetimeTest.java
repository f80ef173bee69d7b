package dev.trackboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.HttpBrowser;
import dev.trackboard.testing.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Sessions end: after the idle timeout even though the tab keeps sending heartbeats, and after the
 * absolute lifetime however active the user is. The test moves the application's clock.
 */
@EmbeddedAppTest
class SessionLifetimeTest {

    /** What an open tab sends on its own every few minutes. */
    private static final String HEARTBEAT = "/?v-r=heartbeat&v-uiId=0";

    @Value("${local.server.port}")
    int port;
    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;
    @Autowired
    SessionProperties sessions;
    @Autowired
    TestClock clock;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Test
    void heartbeatsDoNotKeepAnIdleSessionAlive() {
        HttpBrowser tab = signedIn();
        clock.advance(idleTimeout.minusMinutes(10));
        tab.postJson(HEARTBEAT, "");
        clock.advance(Duration.ofMinutes(11)); // idle timeout passed since the last thing the user did

        HttpResponse<String> heartbeat = tab.postJson(HEARTBEAT, "");

        // 403 is what Vaadin's client takes for "session expired" on a heartbeat: it opens the
        // page again (SessionExpiredMessages), which goes to /login?expired
        assertThat(heartbeat.statusCode()).isEqualTo(403);
        assertThat(tab.postJson(HEARTBEAT, "").statusCode()).as("and every later heartbeat").isEqualTo(403);
        // the dead cookie goes on to sign-in (told as expired, the page kept for after it: SecurityConfig)
        assertThat(tab.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    @Test
    void aPageRequestAfterTheIdleTimeoutGoesToSignInWithTheExpiredNotice() {
        HttpBrowser tab = signedIn();
        clock.advance(idleTimeout.plusSeconds(1));

        HttpResponse<String> page = tab.get("/");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        // the dead cookie goes on to sign-in (told as expired, the page kept for after it: SecurityConfig)
        assertThat(tab.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    @Test
    void whatTheUserDoesKeepsTheSessionAlive() {
        HttpBrowser tab = signedIn();
        clock.advance(idleTimeout.minusMinutes(10));
        assertThat(tab.get("/").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(11));

        assertThat(tab.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anActiveSessionEndsAfterTheAbsoluteLifetime() {
        HttpBrowser tab = signedIn();
        Duration step = idleTimeout.minusMinutes(5);
        Duration lived = Duration.ZERO;
        while (lived.plus(step).compareTo(sessions.absoluteLifetime()) <= 0) {
            clock.advance(step);
            lived = lived.plus(step);
            assertThat(tab.get("/").statusCode()).as("after %s", lived).isEqualTo(200);
        }
        clock.advance(sessions.absoluteLifetime().minus(lived).plusSeconds(1));

        HttpResponse<String> page = tab.get("/");

        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    @Test
    void vaadinItselfDoesNotCountHeartbeatsEither() {
        assertThat(vaadin.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private HttpBrowser signedIn() {
        HttpBrowser tab = new HttpBrowser(port);
        assertThat(tab.signInAs("alice").statusCode()).isEqualTo(302);
        assertThat(tab.get("/").statusCode()).isEqualTo(200);
        return tab;
    }
}
