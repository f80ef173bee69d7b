package dev.trackboard.api;

import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockWebServer;

/** The client tests' {@link ApiCalls}: against a started {@link MockWebServer}, at a fixed time. */
final class TestApiCalls {

    static final long MAX_RESPONSE = 64 * 1024;

    private TestApiCalls() {
    }

    static ApiCalls against(MockWebServer server, Instant now) {
        return against(server, now, MAX_RESPONSE, ApiCallMeters.NONE);
    }

    static ApiCalls against(MockWebServer server, Instant now, long maxResponseBytes, ApiCallMeters meters) {
        var api = new TrackboardProperties.Api(server.url("/api/v1").toString(), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(3), maxResponseBytes);
        var properties = new TrackboardProperties(TrackboardProperties.Mode.PRODUCTION, Path.of("."), api,
                new TrackboardProperties.Discord("id", "secret", "a", "t", "u", "r", "x"));
        return new ApiCalls(properties, new LocalServerAddress(), new ApiHttpClientFactory().create(api),
                Clock.fixed(now, ZoneOffset.UTC), meters);
    }
}
