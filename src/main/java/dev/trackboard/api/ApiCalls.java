package dev.trackboard.api;

import com.fasterxml.jackson.databind.JavaType;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The machinery every Tracking API call shares: URLs, the Bearer token and its renewal, JSON. One
 * OkHttp client and one mapper for the application. Feature clients (one per feature, in the
 * sub-packages: {@code guild}, {@code tracking}, {@code status}) describe their endpoints and leave
 * the rest to this class; nothing outside {@code dev.trackboard.api} may use it (ArchUnit).
 *
 * <p>An authorised call renews the access token once when the API answers 401 (a 401 means the
 * request was not carried out, so sending it again is safe, writes included); every other failure
 * reaches the caller as a {@link TrackingApiException}, and nothing else is ever re-sent.
 */
@Component
public class ApiCalls {

    private static final MediaType JSON = MediaType.get("application/json");

    private final ApiJson json = new ApiJson();
    private final OkHttpClient http;
    private final ApiTransport transport;
    private final TrackboardProperties.Api settings;
    private final LocalServerAddress localServer;
    private final Clock clock;

    @Autowired
    ApiCalls(TrackboardProperties properties, LocalServerAddress localServer, ObjectProvider<MeterRegistry> meters) {
        this(properties, localServer, new ApiHttpClientFactory().create(properties.api()), Clock.systemUTC(),
                new ApiCallMeters(meters.getIfAvailable()));
    }

    ApiCalls(TrackboardProperties properties, LocalServerAddress localServer, OkHttpClient http, Clock clock) {
        this(properties, localServer, http, clock, ApiCallMeters.NONE);
    }

    ApiCalls(TrackboardProperties properties, LocalServerAddress localServer, OkHttpClient http, Clock clock,
             ApiCallMeters meters) {
        this.settings = properties.api();
        this.localServer = localServer;
        this.http = http;
        this.clock = clock;
        this.transport = new ApiTransport(http, settings.pageReadTimeout(), json, settings.maxResponseBytes(), clock,
                breaker(settings, clock), meters);
    }

    /**
     * One breaker for the node's calls to the API: after half of the last ten calls failed (at
     * least four), calls are refused at once for {@code breakerOpenFor}; then two trial calls decide.
     */
    private static CircuitBreaker breaker(TrackboardProperties.Api settings, Clock clock) {
        return CircuitBreaker.of("tracking-api", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .clock(clock)
                .build());
    }

    /**
     * Whether the API answers at all, for the node's readiness: an unauthenticated {@code GET /guilds}
     * (a 401 is an answer) with the connect timeout as its whole patience. Not counted by the breaker:
     * a probe must not open it for the users' calls.
     */
    boolean answers() {
        Duration patience = Duration.ofMillis(Math.max(500, http.connectTimeoutMillis()));
        OkHttpClient probe = http.newBuilder().callTimeout(patience).readTimeout(patience).build();
        try (okhttp3.Response response = probe.newCall(new Request.Builder().url(url("guilds", Map.of())).get().build())
                .execute()) {
            return response.code() < 500;
        } catch (IOException | RuntimeException unreachable) {
            return false;
        }
    }

    // ---- what feature clients use ---------------------------------------------------------

    public <T> T get(ApiSession session, String path, Map<String, ?> query, Class<T> type) {
        return call(session, new Request.Builder().url(url(path, query)).get(), json.type(type));
    }

    /**
     * A read made while the UI holds its session lock (a grid page): shorter read timeout, so a
     * slow API delays the user's other tabs by at most that much.
     */
    public <T> T getPage(ApiSession session, String path, Map<String, ?> query, Class<T> type) {
        return call(session, new Request.Builder().url(url(path, query)).get(), json.type(type),
                ApiTransport.Patience.PAGE_READ);
    }

    /** A list endpoint's {@code items}. */
    public <T> List<T> items(ApiSession session, String path, Map<String, ?> query, Class<T> itemType) {
        ApiJson.Items<T> envelope = call(session, new Request.Builder().url(url(path, query)).get(),
                json.listEnvelope(itemType));
        if (envelope == null || envelope.items() == null) {
            throw new TrackingApiException.Unavailable("GET " + path + ": no items in the answer", null);
        }
        return envelope.items();
    }

    /**
     * A write (POST, PUT, PATCH, DELETE) with an optional JSON body and extra headers such as
     * {@code If-Match} or {@code Idempotency-Key}; {@code type} null when no body is expected.
     */
    public <T> T send(ApiSession session, String method, String path, Object body, Map<String, String> headers,
               Class<T> type) {
        // OkHttp insists on a body for POST/PUT/PATCH and allows none for DELETE
        RequestBody payload = body != null ? jsonBody(body) : "DELETE".equals(method) ? null : jsonBody(Map.of());
        Request.Builder request = new Request.Builder().url(url(path, Map.of())).method(method, payload);
        headers.forEach(request::header);
        return call(session, request, type == null ? null : json.type(type));
    }

    /**
     * A file download (an export): the answer's body as a stream the caller must close, neither held
     * in memory nor cut at maxResponseBytes. A 401 renews the token once, as for every call.
     */
    public ApiStream download(ApiSession session, String path) {
        if (session.ended()) {
            throw new TrackingApiException.SessionEnded("The API session has ended");
        }
        Request.Builder request = new Request.Builder().url(url(path, Map.of())).get().header("Accept", "*/*");
        String token = currentAccessToken(session);
        try {
            return new ApiStream(transport.open(withToken(request, token)));
        } catch (ApiTransport.Unauthorized first) {
            renew(session, token);
            try {
                return new ApiStream(transport.open(withToken(request, session.accessToken())));
            } catch (ApiTransport.Unauthorized again) {
                session.end();
                throw new TrackingApiException.SessionEnded("The API refused a freshly renewed token");
            }
        }
    }

    /** An unauthenticated POST (the token endpoints); a 401 there means "refused". */
    <T> T anonymousPost(String path, Object body, Class<T> type) throws ApiTransport.Unauthorized {
        return transport.execute(new Request.Builder().url(url(path, Map.of())).post(jsonBody(body)).build(),
                json.type(type));
    }

    /** For long-lived streams (server-sent events), which need the raw client and a fresh token. */
    public OkHttpClient httpClient() {
        return http;
    }

    public String currentAccessToken(ApiSession session) {
        if (session.needsRenewal(clock)) {
            renew(session, session.accessToken());
        }
        return session.accessToken();
    }

    /** Reads one JSON document (a server-sent event's data) with the client's one mapper. */
    public <T> T readJson(String data, Class<T> type) throws IOException {
        return json.read(data.getBytes(StandardCharsets.UTF_8), json.type(type));
    }

    public HttpUrl url(String path, Map<String, ?> query) {
        String base = localServer.resolve(settings.baseUrl());
        HttpUrl.Builder url = HttpUrl.get(base.endsWith("/") ? base + path : base + "/" + path).newBuilder();
        query.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> url.addQueryParameter(name, String.valueOf(v)));
            } else if (value != null) {
                url.addQueryParameter(name, String.valueOf(value));
            }
        });
        return url.build();
    }

    Clock clock() {
        return clock;
    }

    // ---- the authorised exchange --------------------------------------------------------------

    private <T> T call(ApiSession session, Request.Builder request, JavaType type) {
        return call(session, request, type, ApiTransport.Patience.NORMAL);
    }

    private <T> T call(ApiSession session, Request.Builder request, JavaType type, ApiTransport.Patience patience) {
        if (session.ended()) {
            throw new TrackingApiException.SessionEnded("The API session has ended");
        }
        String token = currentAccessToken(session);
        try {
            return transport.execute(withToken(request, token), type, patience);
        } catch (ApiTransport.Unauthorized first) {
            renew(session, token);
            try {
                return transport.execute(withToken(request, session.accessToken()), type, patience);
            } catch (ApiTransport.Unauthorized again) {
                session.end();
                throw new TrackingApiException.SessionEnded("The API refused a freshly renewed token");
            }
        }
    }

    /** Renews the tokens unless another thread already did since {@code staleToken} was read. */
    private void renew(ApiSession session, String staleToken) {
        synchronized (session) {
            if (!staleToken.equals(session.accessToken())) {
                return;
            }
            try {
                TokenResponse tokens = anonymousPost("auth/refresh", Map.of("refreshToken", session.refreshToken()),
                        TokenResponse.class);
                session.renewed(tokens.accessToken(), tokens.refreshToken(),
                        clock.instant().plusSeconds(tokens.expiresIn()));
            } catch (ApiTransport.Unauthorized refused) {
                session.end();
                throw new TrackingApiException.SessionEnded("The API refused to renew the session");
            }
        }
    }

    void endSession(ApiSession session) {
        try {
            transport.execute(withToken(new Request.Builder().url(url("auth/logout", Map.of()))
                    .post(jsonBody(Map.of())), session.accessToken()), null);
        } catch (ApiTransport.Unauthorized alreadyOver) {
            // the API no longer knows the session: that is the outcome we wanted
        } finally {
            session.end();
        }
    }

    private RequestBody jsonBody(Object body) {
        return RequestBody.create(json.write(body), JSON);
    }

    private static Request withToken(Request.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token).build();
    }

    /** The answer of the token endpoints. */
    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                         String sessionId, ApiUser user) {
    }
}
