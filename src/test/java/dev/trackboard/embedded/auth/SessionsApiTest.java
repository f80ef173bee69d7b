package dev.trackboard.embedded.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.EmbeddedProperties;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The API side of the sessions screen and of revocation on every node: a user lists and ends only
 * their own sessions, ends are audited, and the nodes' event stream carries every end (also the
 * ones a reconnecting node missed) to whoever shows the node credential, and to nobody else.
 */
@EmbeddedAppTest
class SessionsApiTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();

    @Value("${local.server.port}")
    int port;
    @Autowired
    EmbeddedProperties embedded;
    @Autowired
    SessionEventStreams streams;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theListHoldsTheCallersLiveSessionsWithTheCurrentOneMarked() {
        JsonNode laptop = api.session("alice");
        JsonNode phone = api.session("alice");
        JsonNode bobs = api.session("bob");

        HttpResponse<String> answer = api.get("/api/v1/sessions", ApiClient.accessToken(laptop));

        assertThat(answer.statusCode()).isEqualTo(200);
        CONTRACT.assertValidResponse("get", "/sessions", 200, "application/json", answer.body());
        JsonNode items = DemoSignIn.json(answer.body()).get("items");
        assertThat(ids(items)).contains(id(laptop), id(phone)).doesNotContain(id(bobs));
        for (JsonNode item : items) {
            assertThat(item.get("current").asBoolean()).isEqualTo(item.get("id").asText().equals(id(laptop)));
        }
        JsonNode mine = find(items, id(laptop));
        assertThat(mine.get("userAgent").asText()).isEqualTo("JUnit");
        assertThat(mine.get("ipAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(mine.get("createdAt").asText()).isNotBlank();
    }

    @Test
    void bobCannotRevokeAlicesSessionByItsId() {
        JsonNode alice = api.session("alice");
        JsonNode bob = api.session("bob");

        HttpResponse<String> answer = api.http().delete("/api/v1/sessions/" + id(alice), bearer(bob));

        assertThat(answer.statusCode()).isEqualTo(404);
        CONTRACT.assertValidResponse("delete", "/sessions/{sessionId}", 404, "application/problem+json", answer.body());
        assertThat(api.get("/api/v1/guilds", ApiClient.accessToken(alice)).statusCode()).isEqualTo(200);
        assertThat(api.http().delete("/api/v1/sessions/no-such-session", bearer(bob)).statusCode()).isEqualTo(404);
    }

    @Test
    void revokingOneEndsItAtOnceAndIsAudited() {
        JsonNode here = api.session("alice");
        JsonNode there = api.session("alice");

        HttpResponse<String> answer = api.http().delete("/api/v1/sessions/" + id(there), bearer(here));

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/guilds", ApiClient.accessToken(there)).statusCode()).isEqualTo(401);
        assertThat(api.http().postJson("/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + there.get("refreshToken").asText() + "\"}").statusCode()).isEqualTo(401);
        assertThat(ids(DemoSignIn.json(api.get("/api/v1/sessions", ApiClient.accessToken(here)).body()).get("items")))
                .contains(id(here)).doesNotContain(id(there));
        // a second revoke of the same session: it is gone
        assertThat(api.http().delete("/api/v1/sessions/" + id(there), bearer(here)).statusCode()).isEqualTo(404);

        HttpResponse<String> audit = api.get("/api/v1/sessions/audit", ApiClient.accessToken(here));
        CONTRACT.assertValidResponse("get", "/sessions/audit", 200, "application/json", audit.body());
        JsonNode latest = DemoSignIn.json(audit.body()).get("items").get(0);
        assertThat(latest.get("action").asText()).isEqualTo("session.revoked");
        assertThat(latest.get("sessionId").asText()).isEqualTo(id(there));
        assertThat(latest.get("userAgent").asText()).isEqualTo("JUnit");
        assertThat(latest.get("sessionCount").asInt()).isEqualTo(1);
        assertThat(latest.get("byThisSession").asBoolean()).isTrue();
        // bob sees none of alice's entries
        JsonNode bobsAudit = DemoSignIn.json(api.get("/api/v1/sessions/audit",
                ApiClient.accessToken(api.session("bob"))).body()).get("items");
        for (JsonNode entry : bobsAudit) {
            assertThat(entry.path("sessionId").asText()).isNotEqualTo(id(there));
        }
    }

    @Test
    void revokingAllOthersKeepsOnlyTheCallersAndIsAuditedOnce() {
        JsonNode keep = api.session("carol");
        JsonNode other1 = api.session("carol");
        JsonNode other2 = api.session("carol");

        HttpResponse<String> answer = api.http().postJson("/api/v1/sessions/revoke-others", "{}", bearer(keep));

        assertThat(answer.statusCode()).isEqualTo(200);
        CONTRACT.assertValidResponse("post", "/sessions/revoke-others", 200, "application/json", answer.body());
        int revoked = DemoSignIn.json(answer.body()).get("revoked").asInt();
        assertThat(revoked).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/v1/guilds", ApiClient.accessToken(other1)).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/guilds", ApiClient.accessToken(other2)).statusCode()).isEqualTo(401);
        JsonNode items = DemoSignIn.json(api.get("/api/v1/sessions", ApiClient.accessToken(keep)).body()).get("items");
        assertThat(ids(items)).containsExactly(id(keep));
        JsonNode latest = DemoSignIn.json(api.get("/api/v1/sessions/audit", ApiClient.accessToken(keep)).body())
                .get("items").get(0);
        assertThat(latest.get("action").asText()).isEqualTo("sessions.revoked-others");
        assertThat(latest.get("sessionCount").asInt()).isEqualTo(revoked);
        // nothing left to end: no answer but 0, and no audit entry for nothing
        assertThat(DemoSignIn.json(api.http().postJson("/api/v1/sessions/revoke-others", "{}", bearer(keep)).body())
                .get("revoked").asInt()).isZero();
        assertThat(DemoSignIn.json(api.get("/api/v1/sessions/audit", ApiClient.accessToken(keep)).body())
                .get("items").get(0).get("id").asLong()).isEqualTo(latest.get("id").asLong());
    }

    @Test
    void theNodeStreamNeedsTheNodeCredentialNotAUserToken() {
        JsonNode alice = api.session("alice");
        assertThat(api.http().get("/api/v1/sessions/events").statusCode()).isEqualTo(401);
        assertThat(api.http().get("/api/v1/sessions/events", "Trackboard-Node-Credential", "wrong").statusCode())
                .isEqualTo(401);
        assertThat(api.http().get("/api/v1/sessions/events", bearer(alice)).statusCode()).isEqualTo(401);
    }

    @Test
    void theNodeStreamCarriesEveryEndAndCatchesUpFromACursor() throws Exception {
        JsonNode here = api.session("alice");
        JsonNode there = api.session("alice");
        JsonNode later = api.session("alice");
        try (EventReader live = new EventReader(null)) {
            String cursor = live.next("cursor").id();

            assertThat(api.http().delete("/api/v1/sessions/" + id(there), bearer(here)).statusCode()).isEqualTo(204);

            Event ended = live.nextEndOf(id(there));
            assertThat(ended.data()).contains("\"reason\":\"revoked\"").contains("\"userId\":\"100000000000000001\"");
            assertThat(Long.parseLong(ended.id())).isGreaterThan(Long.parseLong(cursor));

            // a node that was away from the cursor on hears of both ends, in order
            api.http().postJson("/api/v1/auth/logout", "{}", bearer(later));
            try (EventReader catchUp = new EventReader(Long.parseLong(cursor))) {
                Event first = catchUp.nextEndOf(id(there));
                Event second = catchUp.nextEndOf(id(later));
                assertThat(second.data()).contains("\"reason\":\"logout\"");
                assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
            }
        }
    }

    @Test
    void aCatchUpLongerThanOnePageStillBringsEveryEndInOrder() throws Exception {
        JsonNode here = api.session("alice");
        List<String> ended = new ArrayList<>();
        int page = streams.catchUpPage;
        streams.catchUpPage = 2; // instead of thousands of ends
        try (EventReader live = new EventReader(null)) {
            long cursor = Long.parseLong(live.next("cursor").id());
            for (int i = 0; i < 5; i++) {
                String other = id(api.session("alice"));
                assertThat(api.http().delete("/api/v1/sessions/" + other, bearer(here)).statusCode()).isEqualTo(204);
                ended.add(other);
            }

            try (EventReader catchUp = new EventReader(cursor)) {
                long previous = cursor;
                for (String sessionId : ended) {
                    long sequence = Long.parseLong(catchUp.nextEndOf(sessionId).id());
                    assertThat(sequence).isGreaterThan(previous);
                    previous = sequence;
                }
            }
        } finally {
            streams.catchUpPage = page;
        }
    }

    @Test
    void endsHappeningAtOnceReachANodeInTheOrderOfTheirNumbers() throws Exception {
        JsonNode here = api.session("alice");
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            others.add(id(api.session("alice")));
        }
        try (EventReader live = new EventReader(null)) {
            live.next("cursor");
            try (var parallel = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                others.forEach(other -> parallel.submit(() -> api.http().delete("/api/v1/sessions/" + other, bearer(here))));
            }

            // a node's cursor moves with every end, so an end after a later one would be lost at a break
            List<String> seen = new ArrayList<>();
            long previous = 0;
            while (!seen.containsAll(others)) {
                Event ended = live.next("ended");
                assertThat(Long.parseLong(ended.id())).isGreaterThan(previous);
                previous = Long.parseLong(ended.id());
                seen.add(DemoSignIn.json(ended.data()).get("sessionId").asText());
            }
        }
    }

    @Test
    void savingPreferencesIsToldOnTheNodeStreamWithoutMovingItsCursor() throws Exception {
        JsonNode alice = api.session("alice");
        try (EventReader live = new EventReader(null)) {
            String cursor = live.next("cursor").id();

            HttpResponse<String> put = api.http().putJson("/api/v1/me/preferences",
                    "{\"theme\":\"dark\",\"timeZone\":\"Europe/Berlin\",\"language\":null}", bearer(alice));
            assertThat(put.statusCode()).isEqualTo(200);

            Event saved = live.next("preferences");
            assertThat(saved.id()).as("live only: no id, so no cursor").isNull();
            JsonNode data = DemoSignIn.json(saved.data());
            assertThat(data.get("userId").asText()).isEqualTo("100000000000000001");
            assertThat(data.get("preferences").get("theme").asText()).isEqualTo("dark");
            assertThat(data.get("preferences").get("timeZone").asText()).isEqualTo("Europe/Berlin");
            assertThat(data.get("preferences").get("language").isNull()).isTrue();
            assertThat(data.get("preferences").get("updatedAt").asText())
                    .isEqualTo(DemoSignIn.json(put.body()).get("updatedAt").asText());

            // a reconnecting node still catches up on ends only, from the same cursor
            JsonNode other = api.session("alice");
            assertThat(api.http().delete("/api/v1/sessions/" + id(other), bearer(alice)).statusCode())
                    .isEqualTo(204);
            try (EventReader catchUp = new EventReader(Long.parseLong(cursor))) {
                assertThat(Long.parseLong(catchUp.nextEndOf(id(other)).id())).isGreaterThan(Long.parseLong(cursor));
            }
        } finally {
            api.resetPreferences("alice");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private record Event(String name, String id, String data) { }

    /** Reads the node stream line by line on a thread of its own. */
    private final class EventReader implements AutoCloseable {
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final InputStream body;
        private final Thread reader;

        EventReader(Long since) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/sessions/events" + (since == null ? "" : "?since=" + since)))
                    .header("Trackboard-Node-Credential", embedded.nodeCredential()).build();
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            body = response.body();
            reader = Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = null;
                String id = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (name != null) {
                            events.add(new Event(name, id, data.toString()));
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            } catch (java.io.IOException closed) {
                // the test closed the stream
            }
        }

        Event next(String name) throws InterruptedException {
            for (Event event; (event = events.poll(10, TimeUnit.SECONDS)) != null; ) {
                if (event.name().equals(name)) {
                    return event;
                }
            }
            throw new AssertionError("no " + name + " event within 10 s");
        }

        Event nextEndOf(String sessionId) throws InterruptedException {
            for (Event event; (event = events.poll(10, TimeUnit.SECONDS)) != null; ) {
                if (event.name().equals("ended") && event.data().contains("\"sessionId\":\"" + sessionId + "\"")) {
                    return event;
                }
            }
            throw new AssertionError("no end of " + sessionId + " within 10 s");
        }

        @Override
        public void close() throws Exception {
            body.close();
            reader.join(Duration.ofSeconds(5));
        }
    }

    private static String id(JsonNode session) {
        return session.get("sessionId").asText();
    }

    private static String[] bearer(JsonNode session) {
        return new String[] {"Authorization", "Bearer " + ApiClient.accessToken(session)};
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no session " + id);
    }
}
