package dev.trackboard.config;

import java.util.List;

/** Production mode was started without settings it cannot do without. */
public class MissingProductionSettingsException extends RuntimeException {

    private final List<String> missing;

    MissingProductionSettingsException(List<String> missing) {
        super("Trackboard is in production mode but these settings are missing: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
