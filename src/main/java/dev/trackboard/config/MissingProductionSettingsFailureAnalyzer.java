package dev.trackboard.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production setting into Boot's short "APPLICATION FAILED TO START" report. */
class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Set " + String.join(", ", cause.missing()) + " (environment variables or --name=value), "
                        + "or start the self-contained demo instead with --trackboard.mode=embedded.",
                cause);
    }
}
