package dev.trackboard.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import dev.trackboard.access.GuildAccessWatch;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TestSessions;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.status.BotState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The broadcaster's sharing, isolation and fault handling, against a fake upstream. */
class BotStatusBroadcasterTest {

    static final GuildId A = new GuildId("200000000000000001");
    static final GuildId B = new GuildId("200000000000000002");

    final FakeStatusSource source = new FakeStatusSource();
    final GuildAccessWatch access = new GuildAccessWatch(source::mayOpen, Duration.ofMinutes(1), Clock.systemUTC(),
            false);
    final BotStatusBroadcaster broadcaster = new BotStatusBroadcaster(source, access, Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ZERO);
    final ApiSession alice = TestSessions.of("s-alice", "100000000000000001");
    final ApiSession bob = TestSessions.of("s-bob", "100000000000000002");

    @AfterEach
    void tearDown() {
        broadcaster.destroy();
        access.destroy();
    }

    @Test
    void aStatusChangeReachesEverySubscriberOfTheGuild() {
        List<StatusUpdate> first = new CopyOnWriteArrayList<>();
        List<StatusUpdate> second = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(A, alice, first::add);
        broadcaster.subscribe(A, bob, second::add);

        source.emit(A, BotState.OFFLINE);

        assertThat(first).last().satisfies(update -> {
            assertThat(update.status().state()).isEqualTo(BotState.OFFLINE);
            assertThat(update.freshness()).isEqualTo(StatusUpdate.Freshness.LIVE);
        });
        assertThat(second).last().extracting(update -> update.status().state()).isEqualTo(BotState.OFFLINE);
    }

    /**
     * A subscriber hops onto its UI; a UI detaching at that moment unsubscribes from another thread.
     * If the feed still held its lock while delivering, that other thread would wait forever.
     */
    @Test
    void aDeliveryNeverHoldsTheLockThatAnotherThreadNeedsToUnsubscribe() throws Exception {
        BotStatusBroadcaster.Subscription other = broadcaster.subscribe(A, bob, update -> { });
        List<Boolean> otherThreadFinished = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(A, alice, update -> {
            if (update.status() != null && update.status().state() == BotState.OFFLINE) {
                Thread detaching = Thread.ofPlatform().start(() -> {
                    other.cancel();
                    broadcaster.subscribe(A, bob, again -> { }).cancel();
                });
                try {
                    detaching.join(Duration.ofSeconds(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                otherThreadFinished.add(!detaching.isAlive());
            }
        });

        source.emit(A, BotState.OFFLINE);

        assertThat(otherThreadFinished).containsExactly(true);
    }

    @Test
    void oneAndAHundredSubscribersOnOneGuildShareExactlyOneUpstream() {
        broadcaster.subscribe(A, alice, update -> { });
        assertThat(source.opened).hasSize(1);

        List<BotStatusBroadcaster.Subscription> more = new ArrayList<>();
        for (int i = 1; i < 100; i++) {
            more.add(broadcaster.subscribe(A, i % 2 == 0 ? alice : bob, update -> { }));
        }

        assertThat(source.opened).hasSize(1);
        assertThat(source.openNow(A)).isEqualTo(1);
        assertThat(broadcaster.subscribers(A)).isEqualTo(100);
        assertThat(broadcaster.upstreamOpens()).isEqualTo(1);
    }

    @Test
    void theLastSubscriberLeavingClosesTheUpstream() {
        List<StatusUpdate> seen = new CopyOnWriteArrayList<>();
        BotStatusBroadcaster.Subscription one = broadcaster.subscribe(A, alice, seen::add);
        BotStatusBroadcaster.Subscription two = broadcaster.subscribe(A, alice, update -> { });

        one.cancel();
        assertThat(source.openNow(A)).isEqualTo(1);
        source.emit(A, BotState.DEGRADED);
        assertThat(seen).isEmpty();

        two.cancel();
        assertThat(source.openNow(A)).isZero();
        assertThat(broadcaster.watchedGuilds()).isZero();
    }

    @Test
    void guildBsEventsNeverReachASubscriberOfGuildA() {
        List<StatusUpdate> onA = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(A, alice, onA::add);
        broadcaster.subscribe(B, bob, update -> { });

        source.emit(B, BotState.OFFLINE);
        // even a misrouted event (B's status on A's stream) is dropped
        source.current(A).listener().onStatus(FakeStatusSource.status(B, BotState.OFFLINE));

        assertThat(onA).isEmpty();
        assertThat(source.opened).extracting(FakeStatusSource.Open::guildId).containsExactly(A, B);
    }

    @Test
    void whenTheAuthorisingSubscriberLeavesTheStreamIsReopenedWithAnotherOnesSession() {
        BotStatusBroadcaster.Subscription aliceScreen = broadcaster.subscribe(A, alice, update -> { });
        broadcaster.subscribe(A, bob, update -> { });
        assertThat(source.current(A).session()).isSameAs(alice);

        aliceScreen.cancel();

        assertThat(source.openNow(A)).isEqualTo(1);
        assertThat(source.current(A).session()).isSameAs(bob);
    }

    @Test
    void aDroppedStreamMarksTheStatusStaleAndRecoversByItself() {
        List<StatusUpdate> seen = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(A, alice, seen::add);
        source.emit(A, BotState.ONLINE);

        source.current(A).listener().onClosed(new TrackingApiException.Unavailable("connection reset", null));

        assertThat(seen).last().satisfies(update -> {
            assertThat(update.freshness()).isEqualTo(StatusUpdate.Freshness.STALE);
            assertThat(update.status().state()).isEqualTo(BotState.ONLINE);
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> source.openNow(A) == 1);
        source.emit(A, BotState.ONLINE);
        assertThat(seen).last().extracting(StatusUpdate::freshness).isEqualTo(StatusUpdate.Freshness.LIVE);
    }

    @Test
    void theApiDownAtStartIsAFriendlyStateThenRecovers() {
        source.down.put(A, true);
        List<StatusUpdate> seen = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(A, alice, seen::add);

        assertThat(seen).last().satisfies(update -> {
            assertThat(update.freshness()).isEqualTo(StatusUpdate.Freshness.UNAVAILABLE);
            assertThat(update.status()).isNull();
        });

        source.down.put(A, false);
        await().atMost(Duration.ofSeconds(5)).until(() -> source.openNow(A) == 1);
        source.emit(A, BotState.ONLINE);
        assertThat(seen).last().extracting(StatusUpdate::freshness).isEqualTo(StatusUpdate.Freshness.LIVE);
    }

    @Test
    void aUserWhoLostTheGuildStopsReceivingAtTheNextDeliveryCheck() {
        GuildAccessWatch alwaysDue = new GuildAccessWatch(source::mayOpen, Duration.ZERO, Clock.systemUTC(), false);
        BotStatusBroadcaster expiring = new BotStatusBroadcaster(source, alwaysDue, Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ZERO);
        try {
            List<StatusUpdate> aliceSeen = new CopyOnWriteArrayList<>();
            List<StatusUpdate> bobSeen = new CopyOnWriteArrayList<>();
            expiring.subscribe(A, alice, aliceSeen::add);
            expiring.subscribe(A, bob, bobSeen::add);
            source.deniedSessions.add(bob.sessionId());

            source.emit(A, BotState.DEGRADED);

            await().atMost(Duration.ofSeconds(5)).until(() -> !bobSeen.isEmpty() && !aliceSeen.isEmpty());
            assertThat(bobSeen).extracting(StatusUpdate::freshness).containsExactly(StatusUpdate.Freshness.ACCESS_LOST);
            assertThat(aliceSeen).last().extracting(update -> update.status().state()).isEqualTo(BotState.DEGRADED);
            source.emit(A, BotState.OFFLINE);
            await().atMost(Duration.ofSeconds(5)).until(() -> aliceSeen.size() >= 2);
            assertThat(bobSeen).hasSize(1);
        } finally {
            expiring.destroy();
            alwaysDue.destroy();
        }
    }

    @Test
    void anEndedSessionReceivesNothing() {
        List<StatusUpdate> seen = new CopyOnWriteArrayList<>();
        ApiSession carol = TestSessions.of("s-carol", "100000000000000003");
        broadcaster.subscribe(A, alice, update -> { });
        broadcaster.subscribe(A, carol, seen::add);
        TestSessions.end(carol);

        source.emit(A, BotState.OFFLINE);

        assertThat(seen).isEmpty();
    }

    @Test
    void aUiLeavingAfterShutdownIsNoError() {
        BotStatusBroadcaster graceful = new BotStatusBroadcaster(source, access, Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ofSeconds(5));
        var subscription = graceful.subscribe(A, alice, update -> { });

        graceful.destroy(); // Spring stops the broadcaster before the servlet container destroys sessions

        assertThatCode(subscription::cancel).doesNotThrowAnyException();
        assertThat(graceful.watchedGuilds()).isZero();
    }

    @Test
    void aSecondComponentOfTheSameSessionLeavingKeepsTheStream() {
        var header = broadcaster.subscribe(A, alice, update -> { });
        var panel = broadcaster.subscribe(A, alice, update -> { });
        long opens = broadcaster.upstreamOpens();

        header.cancel();

        assertThat(broadcaster.upstreamOpens()).isEqualTo(opens);
        panel.cancel();
    }
}
