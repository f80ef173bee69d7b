package dev.trackboard.access;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ALICE;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.base.ui.NotFoundView;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedProperties;
import dev.trackboard.security.DiscordUser;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.StatusUpdate;
import dev.trackboard.testing.KaribuTest;
import dev.trackboard.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 60 s access budget (docs/decisions/0040-access-budget.md), end to end with the real API, the
 * Discord emulator and a clock the test moves: Manage Server is taken away through the emulator's
 * admin endpoint, and in the worst case the budget allows for (the dashboard confirms access just
 * before the API's Discord data expires) the open tab still loses the guild well inside 60 s.
 */
class AccessBudgetTest extends KaribuTest {

    static final GuildId GUILD = new GuildId(ORBIT);
    static final Duration BUDGET = Duration.ofSeconds(60);

    @Autowired
    TestClock clock;
    @Autowired
    GuildClient api;
    @Autowired
    BotStatusService status;
    @Autowired
    GuildAccessWatch watch;
    @Autowired
    AccessProperties access;
    @Autowired
    EmbeddedProperties embedded;

    @Test
    void theBudgetIsDividedBetweenTheApisCacheAndTheDashboardsRecheckWithRoomToSpare() {
        Duration worstCase = embedded.permissionMaxAge().plus(access.recheckInterval()).plus(GuildAccessWatch.TICK)
                .plus(Duration.ofSeconds(8)); // trackboard.api.call-timeout: the re-check itself
        assertThat(worstCase).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void losingManageServerEndsAnOpenTabWithinTheBudgetAndTheNextWriteAtOnce() {
        DiscordUser alice = signIn("alice"); // the API read alice's guilds from Discord during this sign-in
        Instant signedIn = clock.instant();
        ApiClient raw = new ApiClient(port());
        JsonNode otherSession = raw.session("alice"); // a second sign-in, for the write below
        show("guilds/" + ORBIT, "guild-name");
        assertThat(_get(Component.class, spec -> spec.withId("guild-name")).getElement().getText())
                .isEqualTo("Orbit Esports");
        List<StatusUpdate> pushed = new CopyOnWriteArrayList<>();
        status.watch(GUILD, pushed::add);
        String member = "/embedded/discord/admin/guilds/" + ORBIT + "/members/" + ALICE;
        String original = discordPermissions(raw, "alice", ORBIT);
        try {
            assertThat(raw.http().putJson(member, "{\"permissions\":\"1024\"}").statusCode()).isEqualTo(204);

            // (iii) the next write is refused at once, while reads may still use the API's cached answer
            String token = ApiClient.accessToken(otherSession);
            assertThat(raw.get("/api/v1/guilds/" + ORBIT, token).statusCode()).isEqualTo(200);
            assertThat(raw.http().postJson("/api/v1/guilds/" + ORBIT + "/test-probe", "{}",
                    "Authorization", "Bearer " + token).statusCode()).isEqualTo(404);

            // the worst case: just before the API's Discord data expires, the dashboard confirms access
            // (two seconds before, by the test clock, so that the navigation itself has time)
            Duration justBeforeExpiry = embedded.permissionMaxAge().minusSeconds(2)
                    .minus(Duration.between(signedIn, clock.instant()));
            clock.advance(justBeforeExpiry);
            show("guilds/" + ORBIT + "/tracking/accounts", "tracked-accounts");
            assertThat(_find(NotFoundView.class)).isEmpty();
            long checksBefore = watch.checksRun();

            // one re-check interval later the dashboard asks again and the API asks Discord again
            clock.advance(access.recheckInterval());
            assertThat(Duration.between(signedIn, clock.instant()).plus(GuildAccessWatch.TICK)).isLessThan(BUDGET);

            // patience shorter than the API's max age in real time: a cache that aged by the wall clock
            // instead of the application's would still answer "allowed" when this gives up
            await().pollInSameThread().atMost(embedded.permissionMaxAge().minusSeconds(5)).until(() -> {
                MockVaadin.clientRoundtrip(false);
                return !_find(NotFoundView.class).isEmpty();
            });
            assertThat(watch.checksRun()).isGreaterThan(checksBefore);
            // (ii) the tab shows the not-found page, and nothing of the guild is left on it
            assertThat(_find(Component.class, spec -> spec.withId("guild-switcher"))).isEmpty();
            assertThat(_find(Component.class, spec -> spec.withId("header-status-badge"))).isEmpty();
            assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Orbit Esports");
            // (ii) the status subscriber was told, and hears nothing after that
            await().atMost(Duration.ofSeconds(5)).until(() -> !pushed.isEmpty()
                    && pushed.getLast().freshness() == StatusUpdate.Freshness.ACCESS_LOST);
            // (i) the API denies
            assertThatThrownBy(() -> api.guild(alice.apiSession(), GUILD))
                    .isInstanceOf(TrackingApiException.NotFound.class);
        } finally {
            raw.http().putJson(member, "{\"permissions\":\"" + original + "\"}");
        }
    }

    /** Navigates and lets the UI take background results until the component is there. */
    private static void show(String route, String componentId) {
        UI.getCurrent().navigate(route);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !_find(Component.class, spec -> spec.withId(componentId)).isEmpty();
        });
    }

    private static String discordPermissions(ApiClient raw, String username, String guildId) {
        String bearer = "Bearer " + raw.signIn().discordAccessToken(username);
        for (JsonNode guild : DemoSignIn.json(raw.http().get("/embedded/discord/api/users/@me/guilds",
                "Authorization", bearer).body())) {
            if (guild.get("id").asText().equals(guildId)) {
                return guild.get("permissions").asText();
            }
        }
        throw new AssertionError("alice is no member of " + guildId);
    }
}
