package dev.trackboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.api.sessions.EndedSessions;
import dev.trackboard.api.sessions.SessionEventsSubscription;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.HttpBrowser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A browser session whose API session was revoked elsewhere (here: from another of the user's
 * sessions, straight at the API) is refused at its next request, heartbeats included: the node
 * hears of the end on its session event stream, not from a failing API call.
 */
@EmbeddedAppTest
class RevokedSessionTest {

    private static final String HEARTBEAT = "/?v-r=heartbeat&v-uiId=0";

    @Value("${local.server.port}")
    int port;
    @Autowired
    EndedSessions ended;
    @Autowired
    SessionEventsSubscription subscription;

    @Test
    void theNextPageRequestGoesToSignInWithTheRevokedNoticeAndTheCookieIsDeadAfterwards() {
        awaitSubscribed();
        HttpBrowser tab = new HttpBrowser(port);
        assertThat(tab.signInAs("carol").statusCode()).isEqualTo(302);
        assertThat(tab.get("/").statusCode()).isEqualTo(200);
        ApiClient api = new ApiClient(port);
        JsonNode elsewhere = api.session("carol");
        java.util.List<String> others = new java.util.ArrayList<>();
        DemoSignIn.json(api.get("/api/v1/sessions", ApiClient.accessToken(elsewhere)).body()).get("items")
                .forEach(item -> {
                    if (!item.get("current").asBoolean()) {
                        others.add(item.get("id").asText());
                    }
                });
        assertThat(others).as("the browser's session among them").isNotEmpty();

        HttpResponse<String> revoke = api.http().postJson("/api/v1/sessions/revoke-others", "{}",
                "Authorization", "Bearer " + ApiClient.accessToken(elsewhere));
        assertThat(DemoSignIn.json(revoke.body()).get("revoked").asInt()).isPositive();
        await(() -> others.stream().allMatch(id -> ended.end(id) != null), "the node heard of every end");

        HttpResponse<String> page = tab.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?revoked"));
        assertThat(tab.postJson(HEARTBEAT, "").statusCode()).isEqualTo(403);
        // the dead cookie goes on to sign-in (told as expired, the page kept for after it: SecurityConfig)
        assertThat(tab.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    private void awaitSubscribed() {
        await(subscription::connected, "the node's session event stream is open");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
