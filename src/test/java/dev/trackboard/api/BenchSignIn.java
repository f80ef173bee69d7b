package dev.trackboard.api;

import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.TestHttp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The benchmarks' way in: the real API client against a running embedded-mode app on {@code port},
 * with read timeouts long enough for deep pages, and alice signed in through the app's Discord emulator.
 */
record BenchSignIn(ApiCalls calls, ApiSession alice) {

    static final GuildId ACME = new GuildId("200000000000000001");

    static BenchSignIn alice(int port, long maxResponseBytes) {
        var api = new TrackboardProperties.Api("http://localhost:" + port + "/api/v1", Duration.ofSeconds(2),
                Duration.ofSeconds(60), Duration.ofSeconds(61), maxResponseBytes);
        var properties = new TrackboardProperties(TrackboardProperties.Mode.PRODUCTION, Path.of("."), api,
                new TrackboardProperties.Discord("id", "secret", "a", "t", "u", "r", "x"));
        ApiCalls calls = new ApiCalls(properties, new LocalServerAddress(), new ApiHttpClientFactory().create(api),
                Clock.systemUTC());
        String discordToken = new DemoSignIn(new TestHttp(port), port).discordAccessToken("alice");
        return new BenchSignIn(calls, new SessionClient(calls).startSession(discordToken, "bench", "127.0.0.1"));
    }
}
