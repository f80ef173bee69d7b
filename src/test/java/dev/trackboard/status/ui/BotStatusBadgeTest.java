package dev.trackboard.status.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.BotState;
import dev.trackboard.api.status.BotStatus;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.StatusUpdate;
import dev.trackboard.testing.Demo;
import dev.trackboard.testing.KaribuTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the badge says before the first update and in each freshness: live, stale (last known), unavailable, access lost. */
class BotStatusBadgeTest extends KaribuTest {

    static final GuildId ACME = new GuildId(Demo.ACME);

    @Autowired
    BotStatusService service;

    @Test
    void saysStaleWhileReconnectingAndLiveAgainAfterwards() {
        signIn("alice");
        BotStatusBadge badge = new BotStatusBadge(ACME, service);
        // before the first update: checking, no state claimed
        assertThat(text(badge)).isEqualTo("Checking…");
        assertThat(badge.getElement().getAttribute("data-state")).isEqualTo("UNKNOWN");

        badge.show(new StatusUpdate(ACME, status(BotState.ONLINE), StatusUpdate.Freshness.STALE));
        assertThat(badge.getElement().getAttribute("data-fresh")).isEqualTo("false");
        assertThat(badge.hasClassName("tb-status-stale")).isTrue();
        assertThat(text(badge)).isEqualTo("Online · stale");

        badge.show(new StatusUpdate(ACME, status(BotState.DEGRADED), StatusUpdate.Freshness.LIVE));
        assertThat(badge.getElement().getAttribute("data-fresh")).isEqualTo("true");
        assertThat(badge.hasClassName("tb-status-stale")).isFalse();
        assertThat(text(badge)).isEqualTo("Degraded");
    }

    @Test
    void saysUnavailableWhenNoStatusCouldBeFetchedAndNoAccessWhenLost() {
        signIn("alice");
        BotStatusBadge badge = new BotStatusBadge(ACME, service);

        badge.show(new StatusUpdate(ACME, null, StatusUpdate.Freshness.UNAVAILABLE));
        assertThat(badge.getElement().getAttribute("data-state")).isEqualTo("UNKNOWN");
        assertThat(text(badge)).isEqualTo("Status unavailable");

        badge.show(new StatusUpdate(ACME, null, StatusUpdate.Freshness.ACCESS_LOST));
        assertThat(text(badge)).isEqualTo("No access");
    }

    private static String text(BotStatusBadge badge) {
        return badge.getChildren().map(child -> child.getElement().getText()).reduce("", String::concat);
    }

    private static BotStatus status(BotState state) {
        Instant now = Instant.now();
        return new BotStatus(ACME, state, now, 50, "3.8.2", 0, 2, now, null, null, now, now);
    }
}
