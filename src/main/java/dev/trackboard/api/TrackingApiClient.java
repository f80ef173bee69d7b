package dev.trackboard.api;

import com.fasterxml.jackson.databind.JavaType;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The Tracking API as typed Java calls. The only code that knows the API's URLs and JSON; one
 * OkHttp client and one mapper for the whole application. Each authorised call renews the access
 * token once when the API answers 401 (a 401 means the request was not carried out, so sending it
 * again is safe, writes included); every other failure reaches the caller as a
 * {@link TrackingApiException}.
 */
@Component
public class TrackingApiClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final ApiJson json = new ApiJson();
    private final ApiTransport transport;
    private final TrackboardProperties.Api settings;
    private final LocalServerAddress localServer;
    private final Clock clock;

    @Autowired
    public TrackingApiClient(TrackboardProperties properties, LocalServerAddress localServer) {
        this(properties, localServer, new ApiHttpClientFactory().create(properties.api()), Clock.systemUTC());
    }

    TrackingApiClient(TrackboardProperties properties, LocalServerAddress localServer, OkHttpClient http, Clock clock) {
        this.settings = properties.api();
        this.localServer = localServer;
        this.clock = clock;
        this.transport = new ApiTransport(http, json, settings.maxResponseBytes(), clock);
    }

    // ---- sessions -------------------------------------------------------------------------

    /** Starts an API session for the Discord user owning {@code discordAccessToken}. */
    public ApiSession startSession(String discordAccessToken, String userAgent, String ipAddress) {
        TokenResponse tokens = anonymous(post("auth/token", Map.of(
                "discordAccessToken", discordAccessToken,
                "userAgent", userAgent == null ? "" : userAgent,
                "ipAddress", ipAddress == null ? "" : ipAddress)));
        return new ApiSession(tokens.sessionId(), tokens.user(), tokens.accessToken(), tokens.refreshToken(),
                clock.instant().plusSeconds(tokens.expiresIn()));
    }

    /** Ends the session at the API. Already ended or expired counts as done. */
    public void endSession(ApiSession session) {
        try {
            transport.execute(withToken(post("auth/logout", Map.of()), session), null);
        } catch (ApiTransport.Unauthorized alreadyOver) {
            // the API no longer knows the session: that is the outcome we wanted
        } finally {
            session.end();
        }
    }

    // ---- guilds ---------------------------------------------------------------------------

    public List<GuildSummary> guilds(ApiSession session) {
        return items(session, "guilds", GuildSummary.class);
    }

    public GuildDetail guild(ApiSession session, GuildId guildId) {
        return call(session, get("guilds/" + guildId), json.type(GuildDetail.class));
    }

    public List<Channel> channels(ApiSession session, GuildId guildId) {
        return items(session, "guilds/" + guildId + "/channels", Channel.class);
    }

    public List<Role> roles(ApiSession session, GuildId guildId) {
        return items(session, "guilds/" + guildId + "/roles", Role.class);
    }

    // ---- plumbing -------------------------------------------------------------------------

    private <T> List<T> items(ApiSession session, String path, Class<T> itemType) {
        ApiJson.Items<T> envelope = call(session, get(path), json.listEnvelope(itemType));
        if (envelope == null || envelope.items() == null) {
            throw new TrackingApiException.Unavailable("GET " + path + ": no items in the answer", null);
        }
        return envelope.items();
    }

    private <T> T call(ApiSession session, Request.Builder request, JavaType type) {
        if (session.ended()) {
            throw new TrackingApiException.SessionEnded("The API session has ended");
        }
        if (session.needsRenewal(clock)) {
            renew(session, session.accessToken());
        }
        String token = session.accessToken();
        try {
            return transport.execute(withToken(request, token), type);
        } catch (ApiTransport.Unauthorized first) {
            renew(session, token);
            try {
                return transport.execute(withToken(request, session.accessToken()), type);
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
                TokenResponse tokens = transport.execute(
                        post("auth/refresh", Map.of("refreshToken", session.refreshToken())).build(),
                        json.type(TokenResponse.class));
                session.renewed(tokens.accessToken(), tokens.refreshToken(),
                        clock.instant().plusSeconds(tokens.expiresIn()));
            } catch (ApiTransport.Unauthorized refused) {
                session.end();
                throw new TrackingApiException.SessionEnded("The API refused to renew the session");
            }
        }
    }

    private TokenResponse anonymous(Request.Builder request) {
        try {
            return transport.execute(request.build(), json.type(TokenResponse.class));
        } catch (ApiTransport.Unauthorized refused) {
            throw new TrackingApiException.SessionEnded("The API refused the Discord identity");
        }
    }

    private Request withToken(Request.Builder request, ApiSession session) {
        return withToken(request, session.accessToken());
    }

    private static Request withToken(Request.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token).build();
    }

    private Request.Builder get(String path) {
        return new Request.Builder().url(url(path)).get();
    }

    private Request.Builder post(String path, Object body) {
        return new Request.Builder().url(url(path)).post(RequestBody.create(json.write(body), JSON));
    }

    private HttpUrl url(String path) {
        String base = localServer.resolve(settings.baseUrl());
        return HttpUrl.get(base.endsWith("/") ? base + path : base + "/" + path);
    }

    /** The answer of the token endpoints. */
    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                         String sessionId, ApiUser user) {
    }
}
