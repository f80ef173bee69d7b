package dev.trackboard.embedded.status;

import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.NIMBUS;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;

/** Bot status, history, usage, health and the status stream of the embedded API, against the contract. */
@EmbeddedAppTest
class BotStatusApiTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Value("${local.server.port}")
    int port;
    @Autowired
    BotSimulator simulator;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @AfterEach
    void backOnline() {
        force(ACME, "ONLINE");
    }

    @Test
    void aliceReadsStatusHistoryUsageAndHealthOfAcme() {
        String alice = ApiClient.accessToken(api.session("alice"));

        JsonNode status = check("/guilds/{guildId}/status", api.get("/api/v1/guilds/" + ACME + "/status", alice), JSON);
        assertThat(status.get("guildId").asText()).isEqualTo(ACME);
        assertThat(status.get("version").asText()).isEqualTo(BotSimulator.VERSION);

        JsonNode history = check("/guilds/{guildId}/status/history",
                api.get("/api/v1/guilds/" + ACME + "/status/history", alice), JSON).get("items");
        assertThat(history.size()).isGreaterThanOrEqualTo(1);

        JsonNode usage = check("/guilds/{guildId}/usage", api.get("/api/v1/guilds/" + ACME + "/usage", alice), JSON);
        assertThat(usage.get("days").size()).isEqualTo(30);
        assertThat(usage.get("days").get(29).get("date").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(usage.get("quota").get("limit").asLong()).isGreaterThan(usage.get("quota").get("used").asLong());

        JsonNode health = check("/guilds/{guildId}/health", api.get("/api/v1/guilds/" + ACME + "/health", alice), JSON);
        assertThat(health.get("items").get(0).get("code").asText()).isEqualTo("BOT_MISSING_PERMISSION");
        assertThat(health.get("items").get(0).get("channelName").asText()).isEqualTo("creator-collabs");
        JsonNode orbit = DemoSignIn.json(api.get("/api/v1/guilds/" + ORBIT + "/health", alice).body());
        assertThat(orbit.get("items").get(0).get("code").asText()).isEqualTo("NOTIFICATION_CHANNEL_MISSING");
    }

    @Test
    void usageIsWhatTheBotTrackedAndNotificationsGoOutOnlyWhereAChannelIsSet() {
        String alice = ApiClient.accessToken(api.session("alice"));
        for (String guild : new String[] {ACME, NIMBUS, ORBIT}) {
            JsonNode usage = DemoSignIn.json(api.get("/api/v1/guilds/" + guild + "/usage", alice).body());
            long postsTotal = DemoSignIn.json(api.get("/api/v1/guilds/" + guild + "/posts?limit=0", alice).body())
                    .get("total").asLong();
            long tracked = 0;
            long notified = 0;
            long thisMonth = 0;
            LocalDate monthStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (JsonNode day : usage.get("days")) {
                int posts = day.get("postsTracked").asInt();
                if (LocalDate.parse(day.get("date").asText()).isBefore(today)) { // today may have none yet
                    assertThat(posts).as("%s on %s", guild, day.get("date")).isPositive();
                }
                assertThat(day.get("notificationsSent").asInt()).isLessThanOrEqualTo(posts);
                tracked += posts;
                notified += day.get("notificationsSent").asInt();
                thisMonth += LocalDate.parse(day.get("date").asText()).isBefore(monthStart) ? 0 : posts;
            }
            assertThat(tracked).as(guild).isLessThanOrEqualTo(postsTotal);
            assertThat(usage.get("quota").get("used").asLong()).as(guild).isEqualTo(thisMonth);
            if (guild.equals(ORBIT)) {
                assertThat(notified).as("Orbit has no notification channel").isZero();
            } else {
                assertThat(notified).as(guild).isPositive();
            }
        }
    }

    @Test
    void aGuildTheCallerMayNotOpenIsNotFoundEverywhere() {
        String carol = ApiClient.accessToken(api.session("carol"));
        for (String path : new String[] {"/status", "/status/history", "/usage", "/health"}) {
            check("/guilds/{guildId}" + path, api.get("/api/v1/guilds/" + ACME + path, carol), PROBLEM);
        }
        assertThat(api.get("/api/v1/status/stream?guildId=" + ACME, carol).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/status/stream", carol).statusCode()).isEqualTo(404);
        String bob = ApiClient.accessToken(api.session("bob"));
        assertThat(api.get("/api/v1/status/stream?guildId=" + NIMBUS + "&guildId=" + ACME, bob).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theStreamCarriesAForcedChangeOfOnlyTheCallersGuilds() throws Exception {
        String bob = ApiClient.accessToken(api.session("bob"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/status/stream"))
                .header("Authorization", "Bearer " + bob).GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        BlockingQueue<String> data = new ArrayBlockingQueue<>(1_000);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        data.offer(line.substring(5));
                    }
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        try {
            JsonNode first = DemoSignIn.json(data.poll(10, TimeUnit.SECONDS));
            assertThat(first.get("guildId").asText()).isEqualTo(NIMBUS);
            contract.assertValid("BotStatus", first.toString());

            force(ACME, "OFFLINE");
            force(NIMBUS, "DEGRADED");

            JsonNode degraded = awaitState(data, "DEGRADED");
            assertThat(degraded.get("guildId").asText()).isEqualTo(NIMBUS);
            assertThat(degraded.get("lastError").asText()).isNotBlank();
            assertThat(data).noneMatch(event -> event.contains(ACME));
        } finally {
            force(NIMBUS, "ONLINE");
            reader.interrupt();
            response.body().close();
        }
    }

    @Test
    void theHookChangesTheStatusAtOnceAndAnswersOnlyLoopback() {
        String alice = ApiClient.accessToken(api.session("alice"));
        assertThat(force(ACME, "OFFLINE")).isEqualTo(204);
        JsonNode offline = DemoSignIn.json(api.get("/api/v1/guilds/" + ACME + "/status", alice).body());
        assertThat(offline.get("state").asText()).isEqualTo("OFFLINE");
        assertThat(offline.get("onlineSince").isNull()).isTrue();
        assertThat(force(ACME, "ONLINE")).isEqualTo(204);
        assertThat(force(ACME, "SLEEPING")).isEqualTo(400);
        assertThat(force("299999999999999999", "ONLINE")).isEqualTo(404);

        MockHttpServletRequest remote = new MockHttpServletRequest("POST", "/embedded/bot/" + ACME + "/status");
        remote.setRemoteAddr("192.0.2.10");
        assertThat(new BotStatusHookController(simulator).force(remote, ACME, Map.of("state", "OFFLINE"))
                .getStatusCode().value()).isEqualTo(404);
    }

    private static JsonNode awaitState(BlockingQueue<String> data, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            String next = data.poll(1, TimeUnit.SECONDS);
            if (next != null && next.contains("\"" + state + "\"")) {
                return DemoSignIn.json(next);
            }
        }
        throw new AssertionError("no " + state + " event within 10 s");
    }

    private int force(String guildId, String state) {
        return api.http().postJson("/embedded/bot/" + guildId + "/status", "{\"state\":\"" + state + "\"}").statusCode();
    }

    private JsonNode check(String path, HttpResponse<String> response, String contentType) {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
        contract.assertValidResponse("get", path, response.statusCode(), contentType, response.body());
        return DemoSignIn.json(response.body());
    }
}
