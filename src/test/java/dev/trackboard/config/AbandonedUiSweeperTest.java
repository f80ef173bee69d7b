package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringServlet;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.HttpBrowser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * A tab that went away without an unload is freed by the sweep once its heartbeats stopped for three
 * intervals, also when no other tab of its session sends a request; the session stays signed in. The
 * sweep is handed a later "now" instead of waiting.
 */
@EmbeddedAppTest
class AbandonedUiSweeperTest {

    @Value("${local.server.port}")
    int port;
    @Value("${trackboard.ui.sweep-interval}")
    Duration sweepInterval;
    @Autowired
    AbandonedUiSweeper sweeper;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Test
    void theOnlyTabOfASessionIsFreedAfterThreeMissedHeartbeats() throws Exception {
        HttpBrowser tab = new HttpBrowser(port);
        assertThat(tab.signInAs("alice").statusCode()).isEqualTo(302);
        int before = sweeper.openUis();
        assertThat(tab.get("/").statusCode()).isEqualTo(200); // the guild picker: one UI
        assertThat(sweeper.openUis()).isEqualTo(before + 1);
        long timeout = AbandonedUiSweeper.heartbeatTimeoutMillis(service());

        finish(sweeper.sweep(System.currentTimeMillis() + timeout / 2));
        assertThat(sweeper.openUis()).as("within three heartbeat intervals").isEqualTo(before + 1);

        finish(sweeper.sweep(System.currentTimeMillis() + timeout + 1_000));
        assertThat(sweeper.openUis()).as("every UI whose heartbeats stopped is gone").isZero();
        assertThat(tab.get("/").statusCode()).as("the session itself is not ended").isEqualTo(200);
        assertThat(sweeper.openUis()).isEqualTo(1);
    }

    @Test
    void anAbandonedTabIsFreedWithinAboutThreeMinutes() {
        long worstCase = AbandonedUiSweeper.heartbeatTimeoutMillis(service()) + sweepInterval.toMillis();
        assertThat(Duration.ofMillis(worstCase)).isLessThanOrEqualTo(Duration.ofMinutes(3));
    }

    private VaadinService service() {
        return vaadin.getServlet().getService();
    }

    private static void finish(List<Future<Void>> tasks) throws Exception {
        for (Future<Void> task : tasks) {
            task.get(10, TimeUnit.SECONDS);
        }
    }
}
