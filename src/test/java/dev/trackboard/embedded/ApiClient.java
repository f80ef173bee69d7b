package dev.trackboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Signs demo users in to the embedded Tracking API over HTTP, the way the dashboard does. */
public final class ApiClient {

    /** A demo user's preferences as the demo data starts them. */
    public static final String DEFAULT_PREFERENCES = "{\"theme\":\"system\",\"timeZone\":null,\"language\":null}";

    private final TestHttp http;
    private final DemoSignIn signIn;

    public ApiClient(int port) {
        this(port, DemoSignIn.CLIENT_SECRET);
    }

    public ApiClient(int port, String clientSecret) {
        this.http = new TestHttp(port);
        this.signIn = new DemoSignIn(http, port, clientSecret);
    }

    public TestHttp http() {
        return http;
    }

    public DemoSignIn signIn() {
        return signIn;
    }

    /** POST /auth/token for the demo user; returns the TokenResponse JSON. */
    public JsonNode session(String username) {
        HttpResponse<String> response = exchange(signIn.discordAccessToken(username));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DemoSignIn.json(response.body());
    }

    public HttpResponse<String> exchange(String discordAccessToken) {
        return http.postJson("/api/v1/auth/token", "{\"discordAccessToken\":\"" + discordAccessToken
                + "\",\"userAgent\":\"JUnit\",\"ipAddress\":\"127.0.0.1\"}");
    }

    public HttpResponse<String> get(String path, String accessToken) {
        return http.get(path, "Authorization", "Bearer " + accessToken);
    }

    /** Saves the demo user's preferences over HTTP; answers what the API answered (200 expected). */
    public HttpResponse<String> savePreferences(String username, String body) {
        HttpResponse<String> saved = http.putJson("/api/v1/me/preferences", body,
                "Authorization", "Bearer " + accessToken(session(username)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return saved;
    }

    /**
     * Puts the demo user's preferences back to the defaults. The embedded data is shared by every
     * test of a Spring context, in whatever order they run: a test that changes them puts them back.
     */
    public void resetPreferences(String username) {
        savePreferences(username, DEFAULT_PREFERENCES);
    }

    public static String accessToken(JsonNode session) {
        return session.get("accessToken").asText();
    }
}
