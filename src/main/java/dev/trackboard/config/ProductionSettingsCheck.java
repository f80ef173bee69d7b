package dev.trackboard.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start in production mode without the settings production needs, before anything else
 * starts. Embedded mode is never switched on silently: the failure names the missing settings and
 * the switch for the demo (see {@link MissingProductionSettingsFailureAnalyzer}).
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TrackboardProperties properties = Binder.get(environment).bindOrCreate("trackboard", TrackboardProperties.class);
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

    /** After the configuration files and every other source of settings have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void require(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }
}
