package dev.trackboard.embedded.auth;

import static dev.trackboard.testing.Demo.BOB;
import static dev.trackboard.testing.Demo.NIMBUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * However a status stream ends — logout, token expiry, revocation elsewhere — the client reads a
 * final {@code end} event with the reason, then a normal end of the body (a broken chunked body
 * would make the line reader throw), and the server logs no ERROR for it.
 */
@EmbeddedAppTest
@ExtendWith(OutputCaptureExtension.class)
class StatusStreamEndTest {

    /** Generous: the slowest path is the periodic re-check (every 15 s). */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(45);

    @Value("${local.server.port}")
    int port;
    @Autowired
    AccessTokens accessTokens;
    @Autowired
    JdbcClient embeddedJdbcClient;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void logoutEndsTheStreamAtOnceWithAnEndEventAndACleanClose(CapturedOutput output) throws Exception {
        int logFrom = output.getAll().length();
        String bob = ApiClient.accessToken(api.session("bob"));
        OpenStream stream = open(bob);

        assertThat(api.http().postJson("/api/v1/auth/logout", null, "Authorization", "Bearer " + bob).statusCode())
                .isEqualTo(204);

        List<String> lines = stream.readToCleanEnd();
        assertThat(lastEndReason(lines)).isEqualTo("logout");
        assertNoErrorLogged(output, logFrom);
    }

    @Test
    void theStreamEndsWhenItsAccessTokenExpires(CapturedOutput output) throws Exception {
        int logFrom = output.getAll().length();
        JsonNode session = api.session("bob");
        Instant expiresSoon = Instant.now().minusSeconds(accessTokens.lifetimeSeconds()).plusSeconds(2);
        String shortLived = accessTokens.issue(BOB, session.get("sessionId").asText(), List.of(NIMBUS), expiresSoon);
        OpenStream stream = open(shortLived);

        List<String> lines = stream.readToCleanEnd();
        assertThat(lines).anyMatch(line -> line.startsWith("data:") && line.contains(NIMBUS));
        assertThat(lastEndReason(lines)).isEqualTo("expired");
        assertNoErrorLogged(output, logFrom);
    }

    @Test
    void aSessionRevokedElsewhereEndsItsStreamAtTheNextRecheck(CapturedOutput output) throws Exception {
        int logFrom = output.getAll().length();
        JsonNode session = api.session("bob");
        OpenStream stream = open(ApiClient.accessToken(session));

        // what another node sharing the database does when the user revokes this session there
        embeddedJdbcClient.sql("UPDATE api_session SET revoked_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now()), session.get("sessionId").asText()).update();

        List<String> lines = stream.readToCleanEnd();
        assertThat(lastEndReason(lines)).isEqualTo("revoked");
        assertNoErrorLogged(output, logFrom);
    }

    private OpenStream open(String accessToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/status/stream"))
                .header("Authorization", "Bearer " + accessToken).GET().build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        // read from the start, so nothing the server sends is lost while the test acts
        return new OpenStream(CompletableFuture.supplyAsync(() -> response.body().toList()));
    }

    private static String lastEndReason(List<String> lines) {
        int event = lines.lastIndexOf("event:end");
        assertThat(event).as("an end event in %s", lines).isNotNegative();
        String data = lines.get(event + 1);
        assertThat(data).startsWith("data:");
        assertThat(lines.subList(event + 2, lines.size())).as("nothing after the end event").allMatch(String::isEmpty);
        return DemoSignIn.json(data.substring(5)).get("reason").asText();
    }

    private static void assertNoErrorLogged(CapturedOutput output, int from) {
        assertThat(output.getAll().substring(from).lines()).noneMatch(line -> line.contains(" ERROR "));
    }

    private record OpenStream(CompletableFuture<List<String>> lines) {
        /** The whole body; fails if it does not end, or ends with an I/O error instead of a clean close. */
        List<String> readToCleanEnd() throws Exception {
            return lines.get(ENDS_WITHIN.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
