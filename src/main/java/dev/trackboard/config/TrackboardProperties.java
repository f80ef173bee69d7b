package dev.trackboard.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code trackboard.*} settings (DESIGN.md §5). URIs may be relative ("/api/v1"): they then
 * point at this application itself and are resolved against its port once it is known, which is
 * how embedded mode works on any port, random test ports included.
 */
@ConfigurationProperties("trackboard")
public record TrackboardProperties(
        @DefaultValue("production") Mode mode,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Api api,
        @DefaultValue Discord discord) {

    public enum Mode { EMBEDDED, PRODUCTION }

    public boolean embedded() {
        return mode == Mode.EMBEDDED;
    }

    /**
     * Where and how the dashboard reaches the Tracking API. Grid page reads run while the UI holds
     * its session lock (the one exception to docs/decisions/0006), so they get the shorter
     * {@code pageReadTimeout}; after repeated failures the circuit breaker answers at once for
     * {@code breakerOpenFor} before it lets a trial call through.
     */
    public record Api(
            String baseUrl,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("8s") Duration callTimeout,
            @DefaultValue("2097152") long maxResponseBytes,
            @DefaultValue("2s") Duration pageReadTimeout,
            @DefaultValue("5s") Duration breakerOpenFor) {

        @ConstructorBinding
        public Api {
        }

        /** The settings before page reads and the breaker were configurable (tests, tools). */
        public Api(String baseUrl, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                   long maxResponseBytes) {
            this(baseUrl, connectTimeout, readTimeout, callTimeout, maxResponseBytes, Duration.ofSeconds(2),
                    Duration.ofSeconds(5));
        }
    }

    /** The Discord application the dashboard signs users in with. */
    public record Discord(
            String clientId,
            String clientSecret,
            @DefaultValue("https://discord.com/oauth2/authorize") String authorizationUri,
            @DefaultValue("https://discord.com/api/oauth2/token") String tokenUri,
            @DefaultValue("https://discord.com/api/users/@me") String userInfoUri,
            @DefaultValue("https://discord.com/api/oauth2/token/revoke") String revocationUri,
            @DefaultValue("{baseUrl}/login/oauth2/code/{registrationId}") String redirectUri) {
    }
}
