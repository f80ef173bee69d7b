package dev.trackboard.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * In embedded mode, points the dashboard at the in-process Tracking API and Discord emulator.
 * The defaults go last, so any explicit setting (properties file, command line, test) wins.
 * Relative URIs mean "this application" and are resolved against the server port at call time.
 *
 * <p>Embedded mode lets anyone who reaches the port sign in as a demo user, so it listens on loopback
 * only unless {@code server.address} is set. The emulator's client secret is generated per data
 * directory ({@value #CLIENT_SECRET_FILE}); the emulator and the dashboard both read it from
 * {@code trackboard.discord.client-secret}, so an explicit setting still changes both at once. The
 * same goes for the credential dashboard nodes show the API's session event stream
 * ({@value #NODE_CREDENTIAL_FILE}; {@code trackboard.embedded.node-credential}, which this instance's
 * own dashboard reads through {@code trackboard.sessions.node-credential}; decision 0150).
 */
public class EmbeddedDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "trackboardEmbeddedDefaults";
    static final String LOOPBACK = "127.0.0.1";
    static final String CLIENT_SECRET_FILE = "embedded-discord-client-secret";
    private static final String CLIENT_SECRET = "trackboard.discord.client-secret";
    static final String NODE_CREDENTIAL_FILE = "embedded-node-credential";
    private static final String NODE_CREDENTIAL = "trackboard.embedded.node-credential";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"embedded".equalsIgnoreCase(environment.getProperty("trackboard.mode", ""))
                || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        Map<String, Object> defaults = defaults();
        Path dataDir = Binder.get(environment).bind("trackboard.data-dir", Path.class).orElse(Path.of("./data"));
        if (!environment.containsProperty(CLIENT_SECRET)) {
            defaults.put(CLIENT_SECRET, DataDirSecret.loadOrCreate(dataDir, CLIENT_SECRET_FILE));
        }
        // the API's node credential, and this instance's own dashboard shows the same one
        if (!environment.containsProperty(NODE_CREDENTIAL)) {
            defaults.put(NODE_CREDENTIAL, DataDirSecret.loadOrCreate(dataDir, NODE_CREDENTIAL_FILE));
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    /** True when {@code name} has its embedded default, i.e. nothing else set it. */
    static boolean isDefault(ConfigurableEnvironment environment, String name) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            // Boot's attached view of all sources comes first and contains everything: look past it
            if (!ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
                    && source.containsProperty(name)) {
                return SOURCE_NAME.equals(source.getName());
            }
        }
        return false;
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("server.address", LOOPBACK);
        defaults.put("logging.level.h2database", "warn");
        defaults.put("trackboard.api.base-url", "/api/v1");
        defaults.put("trackboard.discord.client-id", "300000000000000001");
        defaults.put("trackboard.discord.authorization-uri", "/embedded/discord/oauth2/authorize");
        defaults.put("trackboard.discord.token-uri", "/embedded/discord/api/oauth2/token");
        defaults.put("trackboard.discord.user-info-uri", "/embedded/discord/api/users/@me");
        defaults.put("trackboard.discord.revocation-uri", "/embedded/discord/api/oauth2/token/revoke");
        defaults.put("trackboard.embedded.discord-api-base-url", "/embedded/discord/api");
        defaults.put("trackboard.embedded.bot-client-id", "300000000000000002");
        defaults.put("trackboard.sessions.node-credential", "${" + NODE_CREDENTIAL + "}");
        return defaults;
    }

    @Override
    public int getOrder() {
        // after the config files and command line have been read, so trackboard.mode is known
        return Ordered.LOWEST_PRECEDENCE;
    }
}
