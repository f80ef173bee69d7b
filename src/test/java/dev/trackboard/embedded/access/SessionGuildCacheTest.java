package dev.trackboard.embedded.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.config.ClockTicker;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.EmbeddedProperties;
import dev.trackboard.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The API's per-session copy of the user's Discord guilds ages by the application's clock, not the wall's. */
class SessionGuildCacheTest {

    static final Duration MAX_AGE = Duration.ofSeconds(20);

    final TestClock clock = new TestClock();
    final AtomicInteger discordCalls = new AtomicInteger();
    final EmbeddedProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
            "trackboard.embedded.permission-max-age", MAX_AGE.toString())))
            .bindOrCreate("trackboard.embedded", EmbeddedProperties.class);
    final DiscordUserClient discord = new DiscordUserClient(properties, new LocalServerAddress()) {
        @Override
        public List<DiscordGuild> currentUserGuilds(String accessToken) {
            discordCalls.incrementAndGet();
            return List.of(new DiscordGuild("200000000000000001", "Acme Creators #" + discordCalls.get(), null, true,
                    "8", 12));
        }
    };
    final SessionGuildCache cache = new SessionGuildCache(discord, properties, new ClockTicker(clock));
    final ApiCaller alice = new ApiCaller("100000000000000001", "s-alice", Set.of("200000000000000001"),
            "discord-token", Instant.now().plusSeconds(300));

    @Test
    void readsUseTheCopyUntilItIsOlderThanThePermissionMaxAge() {
        cache.remember("s-alice", discord.currentUserGuilds("discord-token"));

        clock.advance(MAX_AGE.minusSeconds(1));
        assertThat(cache.guilds(alice, false).getFirst().name()).isEqualTo("Acme Creators #1");
        assertThat(discordCalls).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.guilds(alice, false).getFirst().name()).isEqualTo("Acme Creators #2");
        assertThat(discordCalls).hasValue(2);
    }

    @Test
    void writesAskDiscordAfreshAndAForgottenSessionHasNoCopy() {
        cache.remember("s-alice", discord.currentUserGuilds("discord-token"));

        assertThat(cache.guilds(alice, true).getFirst().name()).isEqualTo("Acme Creators #2");
        assertThat(cache.guilds(alice, false).getFirst().name()).isEqualTo("Acme Creators #2"); // the fresh answer is kept

        cache.forget("s-alice");
        assertThat(cache.guilds(alice, false).getFirst().name()).isEqualTo("Acme Creators #3");
    }
}
