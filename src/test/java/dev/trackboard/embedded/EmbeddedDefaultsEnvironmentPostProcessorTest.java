package dev.trackboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDefaultsEnvironmentPostProcessorTest {

    private final EmbeddedDefaultsEnvironmentPostProcessor processor = new EmbeddedDefaultsEnvironmentPostProcessor();

    @Test
    void embeddedModeGetsTheEmulatorAndInProcessApiAsLowestPriorityDefaults() {
        StandardEnvironment environment = environment(Map.of("trackboard.mode", "embedded",
                "trackboard.discord.client-secret", "explicit", "trackboard.embedded.node-credential", "node"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .isEqualTo(EmbeddedDefaultsEnvironmentPostProcessor.SOURCE_NAME);
        assertThat(environment.getProperty("trackboard.api.base-url")).isEqualTo("/api/v1");
        assertThat(environment.getProperty("trackboard.discord.client-id")).isEqualTo("300000000000000001");
        assertThat(environment.getProperty("trackboard.discord.authorization-uri")).isEqualTo("/embedded/discord/oauth2/authorize");
        assertThat(environment.getProperty("trackboard.discord.token-uri")).isEqualTo("/embedded/discord/api/oauth2/token");
        assertThat(environment.getProperty("trackboard.discord.user-info-uri")).isEqualTo("/embedded/discord/api/users/@me");
        assertThat(environment.getProperty("trackboard.discord.revocation-uri"))
                .isEqualTo("/embedded/discord/api/oauth2/token/revoke");
        assertThat(environment.getProperty("trackboard.embedded.discord-api-base-url")).isEqualTo("/embedded/discord/api");
        assertThat(environment.getProperty("trackboard.embedded.bot-client-id")).isEqualTo("300000000000000002");
        assertThat(environment.getProperty("trackboard.discord.client-secret")).isEqualTo("explicit");
        assertThat(environment.getProperty("trackboard.sessions.node-credential")).as("its own dashboard's")
                .isEqualTo("node");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(EmbeddedDefaultsEnvironmentPostProcessor.isDefault(environment, "server.address")).isTrue();
    }

    @Test
    void anExplicitServerAddressWins() {
        StandardEnvironment environment = environment(Map.of("trackboard.mode", "embedded",
                "trackboard.discord.client-secret", "explicit", "server.address", "0.0.0.0",
                "trackboard.embedded.node-credential", "node"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
        assertThat(EmbeddedDefaultsEnvironmentPostProcessor.isDefault(environment, "server.address")).isFalse();
    }

    @Test
    void theClientSecretIsGeneratedPerDataDirectoryAndReadBackAfterARestart(@TempDir Path temp) throws Exception {
        String first = clientSecretFor(temp.resolve("one"));
        String restarted = clientSecretFor(temp.resolve("one"));
        String other = clientSecretFor(temp.resolve("two"));

        assertThat(first).hasSizeGreaterThanOrEqualTo(43).isEqualTo(restarted).isNotEqualTo(other);
        Path file = temp.resolve("one").resolve(EmbeddedDefaultsEnvironmentPostProcessor.CLIENT_SECRET_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theNodeCredentialIsGeneratedPerDataDirectoryAndItsOwnDashboardShowsIt(@TempDir Path temp) throws Exception {
        StandardEnvironment environment = environment(Map.of("trackboard.mode", "embedded",
                "trackboard.data-dir", temp.toString(), "trackboard.discord.client-secret", "explicit"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        String credential = environment.getProperty("trackboard.embedded.node-credential");
        assertThat(credential).hasSizeGreaterThanOrEqualTo(43);
        assertThat(environment.getProperty("trackboard.sessions.node-credential")).isEqualTo(credential);
        Path file = temp.resolve(EmbeddedDefaultsEnvironmentPostProcessor.NODE_CREDENTIAL_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(credential);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(credential).isNotEqualTo(environment.getProperty("trackboard.discord.client-secret"));
    }

    @Test
    void anExplicitClientSecretWritesNoFile(@TempDir Path dataDir) {
        StandardEnvironment environment = environment(Map.of("trackboard.mode", "embedded",
                "trackboard.data-dir", dataDir.toString(), "trackboard.discord.client-secret", "explicit"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(dataDir.resolve(EmbeddedDefaultsEnvironmentPostProcessor.CLIENT_SECRET_FILE)).doesNotExist();
    }

    private String clientSecretFor(Path dataDir) {
        StandardEnvironment environment = environment(Map.of("trackboard.mode", "embedded",
                "trackboard.data-dir", dataDir.toString()));
        processor.postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("trackboard.discord.client-secret");
    }

    @Test
    void productionModeGetsNothing() {
        StandardEnvironment environment = environment(Map.of("trackboard.mode", "production"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(EmbeddedDefaultsEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("trackboard.discord.client-id")).isNull();
        assertThat(environment.getProperty("server.address")).isNull();
    }

    @Test
    void isRegisteredInSpringFactories() throws Exception {
        // the application's own file, not the tests' (test-classes come first on the class path)
        var factories = new StringBuilder();
        for (var url : java.util.Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            if (url.getPath().contains("/classes/") && !url.getPath().contains("/test-classes/")) {
                try (var in = url.openStream()) {
                    factories.append(new String(in.readAllBytes()));
                }
            }
        }
        assertThat(factories.toString()).contains("org.springframework.boot.EnvironmentPostProcessor",
                EmbeddedDefaultsEnvironmentPostProcessor.class.getName());
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        ConfigurationPropertySources.attach(environment); // as in a running application
        return environment;
    }
}
