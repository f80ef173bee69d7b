package dev.trackboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Signs demo users in to the embedded Tracking API over HTTP, the way the dashboard does. */
public final class ApiClient {

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

    public static String accessToken(JsonNode session) {
        return session.get("accessToken").asText();
    }
}
