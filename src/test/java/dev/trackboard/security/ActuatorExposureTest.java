package dev.trackboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.testing.HttpBrowser;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

/**
 * Decision 0036: on the dashboard's port only the probes are there, anonymously; metrics and every
 * other endpoint live on the loopback management port (random in tests).
 */
@EmbeddedAppTest
class ActuatorExposureTest {

    private static final List<String> NOT_ON_THE_DASHBOARD_PORT = List.of("/actuator", "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used", "/actuator/info", "/actuator/env", "/actuator/health",
            "/actuator/health/readiness", "/actuator/beans", "/actuator/heapdump");

    @Value("${local.server.port}")
    int port;
    @Value("${local.management.port}")
    int managementPort;
    @Value("${management.server.address}")
    String managementAddress;
    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void livenessAndReadinessAreAnonymousOnTheDashboardPort() {
        HttpBrowser anonymous = new HttpBrowser(port);
        for (String probe : List.of("/livez", "/readyz")) {
            HttpResponse<String> answer = anonymous.get(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void nobodyGetsMetricsOrOtherEndpointsThroughTheDashboardPort() {
        HttpBrowser carol = signedIn("carol");
        HttpBrowser alice = signedIn("alice");
        for (HttpBrowser browser : List.of(new HttpBrowser(port), carol, alice)) {
            for (String path : NOT_ON_THE_DASHBOARD_PORT) {
                HttpResponse<String> answer = browser.get(path);
                assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).doesNotContain("json");
                assertThat(answer.body()).as(path).doesNotContain("\"names\"").doesNotContain("\"measurements\"")
                        .doesNotContain("\"status\":\"UP\"").doesNotContain("_links");
            }
        }
    }

    private HttpBrowser signedIn(String user) {
        HttpBrowser browser = new HttpBrowser(port);
        // the sign-in resolves the emulator's URIs against the dashboard's port, not the management port
        assertThat(browser.signInAs(user).headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    @Test
    void theManagementPortIsOnLoopbackAndServesHealthAndMetrics() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        assertThat(managementAddress).isEqualTo("127.0.0.1");
        TestHttp management = new TestHttp(managementPort);
        String base = "http://127.0.0.1:" + managementPort;
        for (String health : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            assertThat(management.get(base + health).statusCode()).as(health).isEqualTo(200);
        }
        HttpResponse<String> metrics = management.get(base + "/actuator/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm.memory.used");
        // nothing of the dashboard is served there
        assertThat(management.get(base + "/login").statusCode()).isEqualTo(404);
    }

    @Test
    void theOperatorsMetersAreThereAndReadinessAsksTheApi() {
        signedIn("alice"); // API calls: token, guilds
        String metrics = new TestHttp(managementPort).get("http://127.0.0.1:" + managementPort + "/actuator/metrics").body();
        assertThat(metrics).contains("\"trackboard.api.calls\"", "\"trackboard.api.breaker.state\"",
                "\"trackboard.ui.open\"", "\"trackboard.status.subscribers\"", "\"trackboard.status.streams\"");
        String calls = new TestHttp(managementPort).get("http://127.0.0.1:" + managementPort
                + "/actuator/metrics/trackboard.api.calls").body();
        assertThat(calls).contains("/api/v1/auth/token", "/api/v1/guilds").doesNotContain("200000000000000001");

        assertThat(healthGroups.get("readiness").isMember("trackingApi")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("trackingApi")).as("a restart does not bring the API back").isFalse();
    }
}
