package dev.trackboard.embedded;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In embedded mode, points the dashboard at the in-process Tracking API and Discord emulator.
 * The defaults go last, so any explicit setting (properties file, command line, test) wins.
 * Relative URIs mean "this application" and are resolved against the server port at call time.
 */
public class EmbeddedDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "trackboardEmbeddedDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"embedded".equalsIgnoreCase(environment.getProperty("trackboard.mode", ""))
                || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults()));
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("trackboard.api.base-url", "/api/v1");
        defaults.put("trackboard.discord.client-id", "300000000000000001");
        defaults.put("trackboard.discord.client-secret", "embedded-demo-secret");
        defaults.put("trackboard.discord.authorization-uri", "/embedded/discord/oauth2/authorize");
        defaults.put("trackboard.discord.token-uri", "/embedded/discord/api/oauth2/token");
        defaults.put("trackboard.discord.user-info-uri", "/embedded/discord/api/users/@me");
        defaults.put("trackboard.discord.revocation-uri", "/embedded/discord/api/oauth2/token/revoke");
        defaults.put("trackboard.embedded.discord-api-base-url", "/embedded/discord/api");
        defaults.put("trackboard.embedded.bot-client-id", "300000000000000002");
        return defaults;
    }

    @Override
    public int getOrder() {
        // after the config files and command line have been read, so trackboard.mode is known
        return Ordered.LOWEST_PRECEDENCE;
    }
}
