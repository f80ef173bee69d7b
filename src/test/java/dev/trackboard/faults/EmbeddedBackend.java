package dev.trackboard.faults;

import dev.trackboard.Application;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.testing.Demo;
import dev.trackboard.testing.DemoDataDirEnvironmentPostProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Tracking API and Discord emulator for dashboards under test in production mode: one
 * embedded-mode application per test JVM on a random loopback port, with a {@link FaultyApiProxy}
 * in front of its API. Its data directory is a copy of the JVM's demo data template, the same small
 * volumes as {@code @EmbeddedAppTest}: volume is not the point here.
 */
public final class EmbeddedBackend {

    private static EmbeddedBackend instance;

    final ConfigurableApplicationContext context;
    final int port;
    public final FaultyApiProxy proxy;

    private EmbeddedBackend() {
        context = new SpringApplicationBuilder(Application.class).run(
                "--trackboard.mode=embedded", "--server.port=0", "--server.address=127.0.0.1",
                "--" + DemoDataDirEnvironmentPostProcessor.PROPERTY + "=copy",
                "--trackboard.embedded.large-guild-posts=" + Demo.ACME_POSTS,
                "--trackboard.embedded.guild-posts=" + Demo.GUILD_POSTS,
                "--spring.jmx.enabled=false", "--management.server.port=-1",
                "--trackboard.discord.client-secret=" + DemoSignIn.CLIENT_SECRET);
        port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        try {
            proxy = new FaultyApiProxy("http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized EmbeddedBackend get() {
        if (instance == null) {
            instance = new EmbeddedBackend();
        }
        return instance;
    }

    /** The emulator's client secret of this data directory (generated per data directory). */
    String discordClientSecret() {
        return context.getEnvironment().getProperty("trackboard.discord.client-secret");
    }

    /** The backend's addresses and secret, and client timeouts: {@code readTimeout} for ordinary calls. */
    public static void register(DynamicPropertyRegistry properties, Duration readTimeout) {
        EmbeddedBackend backend = EmbeddedBackend.get();
        String emulator = "http://127.0.0.1:" + backend.port + "/embedded/discord";
        properties.add("fault.api.base-url", backend.proxy::baseUrl);
        properties.add("fault.discord.client-secret", backend::discordClientSecret);
        properties.add("trackboard.api.read-timeout", readTimeout::toString);
        properties.add("trackboard.api.call-timeout", () -> readTimeout.plusSeconds(2).toString());
        properties.add("trackboard.api.page-read-timeout", () -> "1s");
        properties.add("trackboard.api.breaker-open-for", () -> "1s");
        properties.add("trackboard.discord.authorization-uri", () -> emulator + "/oauth2/authorize");
        properties.add("trackboard.discord.token-uri", () -> emulator + "/api/oauth2/token");
        properties.add("trackboard.discord.user-info-uri", () -> emulator + "/api/users/@me");
        properties.add("trackboard.discord.revocation-uri", () -> emulator + "/api/oauth2/token/revoke");
    }
}
