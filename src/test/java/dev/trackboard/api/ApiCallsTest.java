package dev.trackboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trackboard.api.guild.GuildAccess;
import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.TrackingClient;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiCallsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final String ACME = "200000000000000001";

    private final MockWebServer server = new MockWebServer();
    private GuildClient client;
    private SessionClient sessions;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = clientWith(Duration.ofSeconds(2), 64 * 1024);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private ApiCalls calls;

    private GuildClient clientWith(Duration readTimeout, long maxBytes) {
        return clientWith(readTimeout, readTimeout, maxBytes, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private GuildClient clientWith(Duration readTimeout, Duration pageReadTimeout, long maxBytes, Clock clock) {
        var api = new TrackboardProperties.Api(server.url("/api/v1").toString(),
                Duration.ofSeconds(1), readTimeout, readTimeout.plusSeconds(1), maxBytes, pageReadTimeout,
                Duration.ofSeconds(5));
        var properties = new TrackboardProperties(TrackboardProperties.Mode.PRODUCTION, Path.of("."), api,
                new TrackboardProperties.Discord("id", "secret", "a", "t", "u", "r", "x"));
        calls = new ApiCalls(properties, new LocalServerAddress(), new ApiHttpClientFactory().create(api), clock);
        sessions = new SessionClient(calls);
        return new GuildClient(calls);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private ApiSession session() {
        return new ApiSession("s1", new ApiUser("100000000000000001", "alice", "Alice", null),
                "access-1", "refresh-1", NOW.plusSeconds(300));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static String tokens(String access, String refresh) {
        return """
                {"accessToken":"%s","tokenType":"Bearer","expiresIn":300,"refreshToken":"%s","sessionId":"s1",
                 "user":{"id":"100000000000000001","username":"alice","globalName":"Alice","avatarUrl":null}}
                """.formatted(access, refresh);
    }

    @Test
    void mapsTheGuildListIncludingIdsEnumsAndUnknownFields() throws Exception {
        server.enqueue(json(200, """
                {"items":[{"id":"%s","name":"Acme Creators","iconUrl":null,"memberCount":1234,"botInstalled":true,
                  "access":"OWNER","denial":null,"inviteUrl":null,"somethingNew":42}]}""".formatted(ACME)));

        var guilds = client.guilds(session());

        assertThat(guilds).singleElement().satisfies(guild -> {
            assertThat(guild.id()).isEqualTo(new GuildId(ACME));
            assertThat(guild.access()).isEqualTo(GuildAccess.OWNER);
            assertThat(guild.openable()).isTrue();
        });
        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/api/v1/guilds");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-1");
        assertThat(request.getHeader("User-Agent")).startsWith("Trackboard/");
    }

    @Test
    void mapsStatusCodesToTypedErrors() {
        server.enqueue(json(404, "{}"));
        server.enqueue(json(403, "{}"));
        server.enqueue(json(412, "{}"));
        server.enqueue(json(409, "{}"));
        server.enqueue(json(500, "{}"));
        server.enqueue(json(503, "{}"));
        GuildId acme = new GuildId(ACME);

        assertThatThrownBy(() -> client.guild(session(), acme)).isInstanceOf(TrackingApiException.NotFound.class);
        assertThatThrownBy(() -> client.guild(session(), acme)).isInstanceOf(TrackingApiException.Forbidden.class);
        assertThatThrownBy(() -> client.guild(session(), acme)).isInstanceOf(TrackingApiException.Conflict.class);
        assertThatThrownBy(() -> client.guild(session(), acme)).isInstanceOf(TrackingApiException.Conflict.class);
        assertThatThrownBy(() -> client.guild(session(), acme)).isInstanceOf(TrackingApiException.Unavailable.class);
        assertThatThrownBy(() -> client.guild(session(), acme)).isInstanceOf(TrackingApiException.Unavailable.class);
    }

    @Test
    void readsFieldErrorsFromAProblemDocument() {
        server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/problem+json")
                .setBody("""
                        {"type":"about:blank","title":"Bad Request","status":400,
                         "errors":[{"field":"handle","message":"must not be blank"}]}"""));

        assertThatThrownBy(() -> client.guilds(session()))
                .isInstanceOfSatisfying(TrackingApiException.InvalidRequest.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new TrackingApiException.FieldError("handle", "must not be blank")));
    }

    @Test
    void rateLimitCarriesRetryAfterInSecondsOrAsAnHttpDate() {
        server.enqueue(json(429, "{}").setHeader("Retry-After", "7"));
        server.enqueue(json(429, "{}").setHeader("Retry-After", "Tue, 24 Nov 2026 10:00:30 GMT"));
        server.enqueue(json(429, "{}"));

        assertThatThrownBy(() -> client.guilds(session())).isInstanceOfSatisfying(
                TrackingApiException.RateLimited.class, e -> assertThat(e.retryAfter()).hasSeconds(7));
        assertThatThrownBy(() -> client.guilds(session())).isInstanceOfSatisfying(
                TrackingApiException.RateLimited.class, e -> assertThat(e.retryAfter()).hasSeconds(30));
        assertThatThrownBy(() -> client.guilds(session())).isInstanceOfSatisfying(
                TrackingApiException.RateLimited.class, e -> assertThat(e.retryAfter()).hasSeconds(1));
    }

    @Test
    void aSlowApiIsUnavailableAfterTheReadTimeout() {
        client = clientWith(Duration.ofMillis(300), 64 * 1024);
        server.enqueue(json(200, "{\"items\":[]}").setHeadersDelay(2, TimeUnit.SECONDS));

        assertThatThrownBy(() -> client.guilds(session())).isInstanceOf(TrackingApiException.Unavailable.class);
    }

    @Test
    void malformedJsonIsUnavailableNotACrash() {
        server.enqueue(json(200, "{\"items\":[{\"id\":"));
        server.enqueue(json(200, "{\"items\":[{\"id\":\"not-a-snowflake\",\"name\":\"x\"}]}"));
        server.enqueue(json(200, "[1,2,3]"));
        server.enqueue(json(200, "{}"));

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.guilds(session())).isInstanceOf(TrackingApiException.Unavailable.class);
        }
    }

    @Test
    void aHugeResponseIsRefusedWithoutReadingItAll() {
        client = clientWith(Duration.ofSeconds(2), 1024);
        server.enqueue(json(200, "{\"items\":[" + "{\"name\":\"x\"},".repeat(100_000) + "{}]}"));

        assertThatThrownBy(() -> client.guilds(session()))
                .isInstanceOf(TrackingApiException.Unavailable.class)
                .hasMessageContaining("larger than 1024 bytes");
    }

    @Test
    void a401RenewsTheTokenOnceAndRepeatsTheCall() throws Exception {
        server.enqueue(json(401, "{}"));
        server.enqueue(json(200, tokens("access-2", "refresh-2")));
        server.enqueue(json(200, "{\"items\":[]}"));
        ApiSession session = session();

        assertThat(client.guilds(session)).isEmpty();

        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer access-1");
        RecordedRequest refresh = server.takeRequest();
        assertThat(refresh.getPath()).isEqualTo("/api/v1/auth/refresh");
        assertThat(refresh.getBody().readUtf8()).contains("refresh-1");
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer access-2");
        assertThat(session.refreshToken()).isEqualTo("refresh-2");
    }

    @Test
    void aSecond401EndsTheSessionInsteadOfLooping() {
        server.enqueue(json(401, "{}"));
        server.enqueue(json(200, tokens("access-2", "refresh-2")));
        server.enqueue(json(401, "{}"));
        ApiSession session = session();

        assertThatThrownBy(() -> client.guilds(session)).isInstanceOf(TrackingApiException.SessionEnded.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(session.ended()).isTrue();
    }

    @Test
    void aRefusedRenewalEndsTheSession() {
        server.enqueue(json(401, "{}"));
        server.enqueue(json(401, "{}"));

        assertThatThrownBy(() -> client.guilds(session())).isInstanceOf(TrackingApiException.SessionEnded.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void renewsAheadOfExpiry() throws Exception {
        ApiSession nearlyExpired = new ApiSession("s1", new ApiUser("1", "alice", null, null),
                "access-1", "refresh-1", NOW.plusSeconds(10));
        server.enqueue(json(200, tokens("access-2", "refresh-2")));
        server.enqueue(json(200, "{\"items\":[]}"));

        client.guilds(nearlyExpired);

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/auth/refresh");
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer access-2");
    }

    @Test
    void aWriteWhoseConnectionDropsIsNotSentAgain() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(json(200, tokens("access-1", "refresh-1")));

        assertThatThrownBy(() -> sessions.startSession("discord-token", "ua", "127.0.0.1"))
                .isInstanceOf(TrackingApiException.OutcomeUnknown.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aWriteThatCannotConnectIsKnownNotToHaveHappened() throws IOException {
        server.shutdown();

        assertThatThrownBy(() -> sessions.startSession("discord-token", "ua", "127.0.0.1"))
                .isInstanceOf(TrackingApiException.Unavailable.class);
    }

    @Test
    void aReadWhoseConnectionDropsIsSimplyUnavailable() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        assertThatThrownBy(() -> client.guilds(session())).isInstanceOf(TrackingApiException.Unavailable.class);
    }

    @Test
    void absurdRetryAfterValuesAreCappedNotFatal() {
        for (String header : new String[] {"9223372036854775807", "99999999", "999999999999999999999999", "121"}) {
            server.enqueue(json(429, "{}").setHeader("Retry-After", header));
            assertThatThrownBy(() -> client.guilds(session())).as(header).isInstanceOfSatisfying(
                    TrackingApiException.RateLimited.class, e -> assertThat(e.retryAfter()).hasSeconds(120));
        }
        for (String header : new String[] {"-5", "1e5", "soon", "Fri, 31 Dec 9999 23:59:59 GMT"}) {
            server.enqueue(json(429, "{}").setHeader("Retry-After", header));
            assertThatThrownBy(() -> client.guilds(session())).as(header).isInstanceOfSatisfying(
                    TrackingApiException.RateLimited.class,
                    e -> assertThat(e.retryAfter()).isBetween(Duration.ZERO, Duration.ofSeconds(120)));
        }
    }

    @Test
    void gridPageReadsGiveUpSoonerThanOtherCalls() {
        client = clientWith(Duration.ofSeconds(5), Duration.ofMillis(300), 64 * 1024, Clock.fixed(NOW, ZoneOffset.UTC));
        TrackingClient tracking = new TrackingClient(calls);
        server.enqueue(json(200, "{\"items\":[],\"total\":0}").setHeadersDelay(1, TimeUnit.SECONDS));
        server.enqueue(json(200, "{\"items\":[]}").setHeadersDelay(1, TimeUnit.SECONDS));

        assertThatThrownBy(() -> tracking.accounts(session(), new GuildId(ACME),
                new AccountQuery(null, null, null, null, AccountQuery.Sort.HANDLE, false), 0, 50))
                .isInstanceOf(TrackingApiException.Unavailable.class);
        assertThat(client.guilds(session())).isEmpty();
    }

    @Test
    void anApiThatKeepsFailingIsNotAskedAgainUntilTheBreakerLetsATrialThrough() throws IOException {
        MutableClock clock = new MutableClock(NOW);
        client = clientWith(Duration.ofSeconds(2), Duration.ofSeconds(2), 64 * 1024, clock);
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(503, "{}"));
        }
        server.enqueue(json(200, "{\"items\":[]}"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.guilds(session())).isInstanceOf(TrackingApiException.Unavailable.class);
        }

        assertThatThrownBy(() -> client.guilds(session()))
                .isInstanceOf(TrackingApiException.Unavailable.class).hasMessageContaining("not sent");
        assertThat(server.getRequestCount()).isEqualTo(4);

        clock.advance(Duration.ofSeconds(6));
        assertThat(client.guilds(session())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void refusalsByTheApiDoNotOpenTheBreaker() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(404, "{}"));
        }
        server.enqueue(json(200, "{\"items\":[]}"));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> client.guild(session(), new GuildId(ACME)))
                    .isInstanceOf(TrackingApiException.NotFound.class);
        }

        assertThat(client.guilds(session())).isEmpty();
    }

    @Test
    void startsASessionAndNeverPrintsTokens() throws Exception {
        server.enqueue(json(200, tokens("secret-access", "secret-refresh")));

        ApiSession session = sessions.startSession("discord-token", "Mozilla/5.0", "127.0.0.1");

        assertThat(session.user().username()).isEqualTo("alice");
        assertThat(session.toString()).doesNotContain("secret");
        assertThat(server.takeRequest().getBody().readUtf8()).contains("\"discordAccessToken\":\"discord-token\"");
    }

    @Test
    void anEndedSessionMakesNoCalls() {
        ApiSession session = session();
        session.end();

        assertThatThrownBy(() -> client.guilds(session)).isInstanceOf(TrackingApiException.SessionEnded.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theApiBeingDownIsUnavailable() throws IOException {
        server.shutdown();

        assertThatThrownBy(() -> client.guilds(session())).isInstanceOf(TrackingApiException.Unavailable.class);
    }
}
