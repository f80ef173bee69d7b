package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.trackboard.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Production mode never falls back to the demo: without its settings it refuses to start, and says why. */
class ProductionStartTest {

    @Test
    void productionWithoutSettingsStopsAndNamesWhatIsMissing() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--trackboard.mode=production", "--trackboard.discord.client-id=123"));

        MissingProductionSettingsException missing = findCause(failure);
        assertThat(missing.missing()).containsExactly("trackboard.api.base-url", "trackboard.discord.client-secret");

        FailureAnalysis analysis = new MissingProductionSettingsFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("trackboard.api.base-url", "trackboard.discord.client-secret");
        assertThat(analysis.getAction()).contains("--trackboard.mode=embedded");
    }

    @Test
    void theDefaultModeIsProduction() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class).run("--server.port=0"));

        assertThat(findCause(failure).missing()).contains("trackboard.discord.client-id");
    }

    private static MissingProductionSettingsException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingProductionSettingsException missing) {
                return missing;
            }
        }
        throw new AssertionError("expected a MissingProductionSettingsException", failure);
    }
}
