package dev.trackboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Drives the Discord emulator's sign-in like the dashboard does, to get a demo user's Discord token. */
public final class DemoSignIn {

    public static final String CLIENT_ID = "300000000000000001";
    /** What {@link EmbeddedAppTest} sets explicitly; a real start generates one per data directory. */
    public static final String CLIENT_SECRET = "embedded-test-client-secret";
    public static final String VERIFIER = "a-pkce-code-verifier-that-is-long-enough-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestHttp http;
    private final int port;
    private final String clientSecret;

    public DemoSignIn(TestHttp http, int port) {
        this(http, port, CLIENT_SECRET);
    }

    public DemoSignIn(TestHttp http, int port, String clientSecret) {
        this.http = http;
        this.port = port;
        this.clientSecret = clientSecret;
    }

    public String redirectUri() {
        return "http://localhost:" + port + "/login/oauth2/code/discord";
    }

    public Map<String, String> authorizeParams(String state) {
        return TestHttp.map("response_type", "code", "client_id", CLIENT_ID, "redirect_uri", redirectUri(),
                "scope", "identify guilds", "state", state,
                "code_challenge", SecretTokens.s256Challenge(VERIFIER), "code_challenge_method", "S256");
    }

    /** Presses "login as {username}" and returns the authorization code from the redirect. */
    public String approve(String username) {
        Map<String, String> form = authorizeParams("st-" + username);
        form.put("login_as", username);
        HttpResponse<String> response = http.postForm("/embedded/discord/oauth2/authorize", form);
        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> query = query(response.headers().firstValue("Location").orElseThrow());
        assertThat(query).containsEntry("state", "st-" + username);
        return query.get("code");
    }

    public HttpResponse<String> redeem(String code, String verifier, String secret) {
        return http.postForm("/embedded/discord/api/oauth2/token",
                TestHttp.map("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri(),
                        "code_verifier", verifier),
                "Authorization", TestHttp.basic(CLIENT_ID, secret));
    }

    /** The whole flow: a Discord access token of the demo user. */
    public String discordAccessToken(String username) {
        HttpResponse<String> response = redeem(approve(username), VERIFIER, clientSecret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).get("access_token").asText();
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    public static Map<String, String> query(String location) {
        String query = URI.create(location).getRawQuery();
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }
}
