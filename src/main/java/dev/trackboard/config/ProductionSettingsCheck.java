package dev.trackboard.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Refuses to start in production mode without the settings production needs. Embedded mode is
 * never switched on silently: the failure names the missing settings and the switch for the demo.
 */
@Component
class ProductionSettingsCheck {

    ProductionSettingsCheck(TrackboardProperties properties) {
        if (properties.embedded()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        require(missing, "trackboard.api.base-url", properties.api().baseUrl());
        require(missing, "trackboard.discord.client-id", properties.discord().clientId());
        require(missing, "trackboard.discord.client-secret", properties.discord().clientSecret());
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingsException(missing);
        }
    }

    private static void require(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }
}
