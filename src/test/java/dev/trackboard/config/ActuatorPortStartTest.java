package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.trackboard.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Decision 0036: the actuator cannot be moved onto the dashboard's port by changing the port alone;
 * the shipped loopback address makes such a start fail at once, so metrics never reach guild users.
 */
class ActuatorPortStartTest {

    @Test
    void theActuatorOnTheDashboardPortRefusesToStart() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--management.server.port=", "--trackboard.mode=production",
                "--trackboard.api.base-url=http://127.0.0.1:9/api/v1", "--trackboard.discord.client-id=123",
                "--trackboard.discord.client-secret=secret"));

        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).contains("Management-specific server address cannot be configured");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
