package dev.trackboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TestSessions;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.testing.TestClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The node's periodic access re-check, driven tick by tick with a clock the test moves. */
class GuildAccessWatchTest {

    static final GuildId GUILD = new GuildId("200000000000000003");
    static final Duration INTERVAL = Duration.ofSeconds(20);

    final TestClock clock = new TestClock();
    final Map<String, Boolean> allowed = new ConcurrentHashMap<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean apiDown;
    final GuildAccessWatch watch = new GuildAccessWatch(this::mayOpen, INTERVAL, clock, false);
    final ApiSession alice = TestSessions.of("s-alice", "100000000000000001");

    @AfterEach
    void tearDown() {
        watch.destroy();
    }

    private boolean mayOpen(ApiSession session, GuildId guildId) {
        calls.incrementAndGet();
        if (apiDown) {
            throw new TrackingApiException.Unavailable("API down", null);
        }
        return allowed.getOrDefault(session.sessionId(), true);
    }

    @Test
    void aWatchedPairIsAskedAgainOncePerIntervalWithoutAnyStatusUpdate() {
        watch.confirmed(alice, GUILD);
        watch.watch(alice, GUILD, () -> { });

        clock.advance(INTERVAL.minusSeconds(1));
        watch.tick();
        assertThat(calls).hasValue(0);

        clock.advance(Duration.ofSeconds(1));
        watch.tick();
        await().until(() -> watch.checksRun() == 1);
        watch.tick();
        assertThat(calls).hasValue(1); // confirmed again just now: not due
    }

    @Test
    void allTabsOfOneUserOnOneGuildShareOneCheckAndEachIsToldOnce() {
        AtomicInteger told = new AtomicInteger();
        watch.confirmed(alice, GUILD);
        for (int tab = 0; tab < 5; tab++) {
            watch.watch(alice, GUILD, told::incrementAndGet);
        }
        allowed.put(alice.sessionId(), false);

        clock.advance(INTERVAL);
        watch.tick();

        await().until(() -> told.get() == 5);
        assertThat(calls).hasValue(1);
        clock.advance(INTERVAL);
        watch.tick();
        assertThat(calls).hasValue(1); // denied stays denied: nobody is asked or told again
        assertThat(told).hasValue(5);
    }

    @Test
    void aTabOpenedAfterTheLossIsToldAtOnce() {
        watch.confirmed(alice, GUILD);
        watch.watch(alice, GUILD, () -> { });
        allowed.put(alice.sessionId(), false);
        clock.advance(INTERVAL);
        watch.tick();
        await().until(() -> watch.checksRun() == 1);

        AtomicInteger told = new AtomicInteger();
        watch.watch(alice, GUILD, told::incrementAndGet);

        assertThat(told).hasValue(1);
    }

    @Test
    void anApiThatCannotAnswerDeniesNothingAndIsAskedAgainAFewSecondsLater() {
        AtomicInteger told = new AtomicInteger();
        watch.confirmed(alice, GUILD);
        watch.watch(alice, GUILD, told::incrementAndGet);
        apiDown = true;
        clock.advance(INTERVAL);
        watch.tick();
        await().until(() -> watch.checksRun() == 1);

        watch.tick();
        assertThat(calls).hasValue(1);
        clock.advance(GuildAccessWatch.RETRY_AFTER_FAILURE);
        watch.tick();
        await().until(() -> watch.checksRun() == 2);
        assertThat(told).hasValue(0);
    }

    @Test
    void aPairNobodyWatchesIsNotAskedOnTheSchedule() {
        watch.confirmed(alice, GUILD);
        GuildAccessWatch.Watch tab = watch.watch(alice, GUILD, () -> { });
        tab.cancel();

        clock.advance(INTERVAL.multipliedBy(3));
        watch.tick();

        assertThat(calls).hasValue(0);
    }
}
