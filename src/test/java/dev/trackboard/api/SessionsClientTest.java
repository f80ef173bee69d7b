package dev.trackboard.api;

import static dev.trackboard.api.CannedApi.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.SavedPreferences;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.api.sessions.EndedSessions;
import dev.trackboard.api.sessions.SessionAuditEntry;
import dev.trackboard.api.sessions.SessionEnd;
import dev.trackboard.api.sessions.SessionEventsClient;
import dev.trackboard.api.sessions.SessionEventsProperties;
import dev.trackboard.api.sessions.SessionEventsSubscription;
import dev.trackboard.api.sessions.SessionsClient;
import dev.trackboard.api.sessions.UserSession;
import dev.trackboard.contract.OpenApiContract;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sessions client against the contract (what it sends, what it reads), and the node's session
 * event subscription: it shows the node credential, and after a break it reconnects from the last
 * end it saw, so the end that happened meanwhile still reaches the node; saved preferences on the
 * same stream reach their listener and leave that cursor alone.
 */
class SessionsClientTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();
    private static final String SESSIONS = """
            {"items":[{"id":"s1","userAgent":"Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36",
                       "ipAddress":"192.0.2.10","createdAt":"2026-12-01T08:00:00Z","lastSeenAt":"2026-12-01T09:59:00Z",
                       "current":true},
                      {"id":"s2","userAgent":null,"ipAddress":null,"createdAt":"2026-11-30T08:00:00Z",
                       "lastSeenAt":"2026-11-30T09:00:00Z","current":false,"somethingNew":1}]}""";
    private static final String AUDIT = """
            {"items":[{"id":12,"createdAt":"2026-12-01T09:00:00Z","action":"sessions.revoked-others","sessionId":null,
                       "userAgent":null,"ipAddress":null,"sessionCount":3,"byThisSession":true},
                      {"id":11,"createdAt":"2026-12-01T08:30:00Z","action":"session.revoked","sessionId":"s9",
                       "userAgent":"curl/8.0","ipAddress":"192.0.2.11","sessionCount":1,"byThisSession":false}]}""";
    private static final String NOT_FOUND = """
            {"type":"about:blank","title":"Not Found","status":404,"detail":"The requested resource does not exist."}""";

    @RegisterExtension
    final CannedApi api = new CannedApi();
    private SessionsClient client;

    @BeforeEach
    void connect() {
        client = new SessionsClient(api.calls());
    }

    @Test
    void theAnswersUsedHereAreThemselvesValidByTheContract() {
        CONTRACT.assertValidResponse("get", "/sessions", 200, "application/json", SESSIONS);
        CONTRACT.assertValidResponse("get", "/sessions/audit", 200, "application/json", AUDIT);
        CONTRACT.assertValidResponse("delete", "/sessions/{sessionId}", 404, "application/problem+json", NOT_FOUND);
        CONTRACT.assertValidResponse("post", "/sessions/revoke-others", 200, "application/json", "{\"revoked\":2}");
    }

    @Test
    void listsTheSessionsCompletely() throws Exception {
        api.answer(200, "application/json", SESSIONS);

        List<UserSession> sessions = client.sessions(session());

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/sessions");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-1");
        assertThat(sessions).containsExactly(
                new UserSession("s1", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36", "192.0.2.10",
                        Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T09:59:00Z"), true),
                new UserSession("s2", null, null, Instant.parse("2026-11-30T08:00:00Z"),
                        Instant.parse("2026-11-30T09:00:00Z"), false));
    }

    @Test
    void revokesOneByItsIdAndAnUnknownOneIsNotFound() throws Exception {
        api.enqueue(new MockResponse().setResponseCode(204));
        api.answer(404, "application/problem+json", NOT_FOUND);

        client.revoke(session(), "s2");
        assertThatThrownBy(() -> client.revoke(session(), "../guilds"))
                .isInstanceOf(TrackingApiException.NotFound.class);

        RecordedRequest first = api.takeRequest();
        assertThat(first.getMethod()).isEqualTo("DELETE");
        assertThat(first.getPath()).isEqualTo("/api/v1/sessions/s2");
        // an id is one path segment, whatever it holds
        assertThat(api.takeRequest().getPath()).isEqualTo("/api/v1/sessions/..%2Fguilds");
    }

    @Test
    void revokesAllOthersAndReadsTheAudit() throws Exception {
        api.answer(200, "application/json", "{\"revoked\":2}");
        api.answer(200, "application/json", AUDIT);

        assertThat(client.revokeOthers(session())).isEqualTo(2);
        List<SessionAuditEntry> audit = client.audit(session());

        RecordedRequest revoke = api.takeRequest();
        assertThat(revoke.getMethod()).isEqualTo("POST");
        assertThat(revoke.getPath()).isEqualTo("/api/v1/sessions/revoke-others");
        assertThat(api.takeRequest().getPath()).isEqualTo("/api/v1/sessions/audit");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).action()).isEqualTo(SessionAuditEntry.OTHER_SESSIONS_REVOKED);
        assertThat(audit.get(0).sessionCount()).isEqualTo(3);
        assertThat(audit.get(1)).isEqualTo(new SessionAuditEntry(11, Instant.parse("2026-12-01T08:30:00Z"),
                SessionAuditEntry.SESSION_REVOKED, "s9", "curl/8.0", "192.0.2.11", 1, false));
    }

    @Test
    void theSubscriptionShowsTheNodeCredentialAndCatchesUpFromTheLastEndAfterABreak() throws Exception {
        // first connection: the cursor, then an end, then the connection breaks
        api.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody("""
                event: cursor
                id: 41
                data: {}

                event: ended
                id: 42
                data: {"sessionId":"s7","userId":"100000000000000001","reason":"revoked"}

                """));
        // second: what happened meanwhile
        api.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody("""
                event: ended
                id: 43
                data: {"sessionId":"s8","userId":"100000000000000002","reason":"logout"}

                """));
        api.enqueue(new MockResponse().setResponseCode(401)); // later attempts: refused
        EndedSessions ended = new EndedSessions(Duration.ofHours(12));
        SessionEventsSubscription subscription = new SessionEventsSubscription(new SessionEventsClient(api.calls()), ended,
                new SavedPreferences(),
                new SessionEventsProperties("node-secret", Duration.ofMillis(10), Duration.ofMillis(50)));
        invoke(subscription, "start");
        try {
            RecordedRequest first = api.takeRequest(10, TimeUnit.SECONDS);
            assertThat(first.getPath()).isEqualTo("/api/v1/sessions/events");
            assertThat(first.getHeader("Trackboard-Node-Credential")).isEqualTo("node-secret");
            assertThat(first.getHeader("Authorization")).isNull();
            RecordedRequest second = api.takeRequest(10, TimeUnit.SECONDS);
            assertThat(second.getPath()).isEqualTo("/api/v1/sessions/events?since=42");
            RecordedRequest third = api.takeRequest(10, TimeUnit.SECONDS);
            assertThat(third.getPath()).isEqualTo("/api/v1/sessions/events?since=43");

            assertThat(ended.end("s7")).isEqualTo(new SessionEnd("s7", "100000000000000001", "revoked", 42));
            assertThat(ended.end("s8").reason()).isEqualTo("logout");
            assertThat(ended.end("s9")).isNull();
        } finally {
            invoke(subscription, "stop");
        }
    }

    @Test
    void preferencesOnTheStreamReachTheirListenerAndLeaveTheCursorAlone() throws Exception {
        api.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody("""
                event: cursor
                id: 41
                data: {}

                event: preferences
                data: {"userId":"100000000000000001","preferences":{"theme":"dark","timeZone":"Europe/Berlin","language":null,"updatedAt":"2026-12-01T10:00:00.123456Z"}}

                event: preferences
                data: {"userId":"100000000000000002","preferences":{"theme":"purple"}}

                event: ended
                id: 42
                data: {"sessionId":"s7","userId":"100000000000000001","reason":"revoked"}

                event: preferences
                data: {"userId":"100000000000000002","preferences":{"theme":"light","timeZone":null,"language":"de","updatedAt":"2026-12-01T10:00:01Z"}}

                """));
        api.enqueue(new MockResponse().setResponseCode(401)); // the reconnect: refused
        EndedSessions ended = new EndedSessions(Duration.ofHours(12));
        SavedPreferences saved = new SavedPreferences();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        saved.addListener((userId, preferences) -> heard.add(userId + " " + preferences));
        SessionEventsSubscription subscription = new SessionEventsSubscription(new SessionEventsClient(api.calls()), ended,
                saved, new SessionEventsProperties("node-secret", Duration.ofMillis(10), Duration.ofMillis(50)));
        invoke(subscription, "start");
        try {
            api.takeRequest(10, TimeUnit.SECONDS);
            RecordedRequest reconnect = api.takeRequest(10, TimeUnit.SECONDS);
            assertThat(reconnect.getPath()).as("the last end's number, not moved by preferences")
                    .isEqualTo("/api/v1/sessions/events?since=42");

            assertThat(heard).containsExactly(
                    "100000000000000001 " + new Preferences(Theme.DARK, "Europe/Berlin", null,
                            Instant.parse("2026-12-01T10:00:00.123456Z")),
                    "100000000000000002 " + new Preferences(Theme.LIGHT, null,
                            dev.trackboard.api.preferences.Language.GERMAN, Instant.parse("2026-12-01T10:00:01Z")));
            assertThat(ended.end("s7").sequence()).isEqualTo(42);
        } finally {
            invoke(subscription, "stop");
        }
    }

    @Test
    void anEndIsToldToTheListenersOnceHoweverOftenItArrives() {
        EndedSessions ended = new EndedSessions(Duration.ofHours(12));
        List<SessionEnd> told = new java.util.ArrayList<>();
        ended.addListener(told::add);
        SessionEnd end = new SessionEnd("s7", "u", "revoked", 42);

        ended.ended(end);
        ended.ended(end);

        assertThat(told).containsExactly(end);
    }

    private static void invoke(SessionEventsSubscription subscription, String method) throws Exception {
        Method m = SessionEventsSubscription.class.getDeclaredMethod(method);
        m.setAccessible(true);
        m.invoke(subscription);
    }
}
