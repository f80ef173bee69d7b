package dev.trackboard.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.SavedPreferences;
import dev.trackboard.api.preferences.Theme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Saved preferences reach every tab of that user on the node, and only those, until a tab leaves;
 * also when they come from another node through the session event stream, where a tab takes only
 * what is newer than what it shows (the saving node hears its own save again).
 */
class PreferencesBroadcasterTest {

    private final PreferencesBroadcaster broadcaster = new PreferencesBroadcaster();
    private static final Preferences DARK = Preferences.DEFAULTS.withTheme(Theme.DARK);

    @Test
    void everyTabOfTheUserHearsAndNoOtherUsers() {
        List<String> heard = new ArrayList<>();
        broadcaster.subscribe("alice", p -> heard.add("alice tab 1 " + p.theme()));
        broadcaster.subscribe("alice", p -> heard.add("alice tab 2 " + p.theme()));
        broadcaster.subscribe("bob", p -> heard.add("bob " + p.theme()));

        broadcaster.publish("alice", DARK);

        assertThat(heard).containsExactlyInAnyOrder("alice tab 1 DARK", "alice tab 2 DARK");
    }

    @Test
    void aClosedTabHearsNothingMoreAndTheLastOneLeavesNothingBehind() {
        List<String> heard = new ArrayList<>();
        PreferencesBroadcaster.Subscription tab = broadcaster.subscribe("alice", p -> heard.add("tab"));

        tab.cancel();
        broadcaster.publish("alice", DARK);

        assertThat(heard).isEmpty();
        assertThat(broadcaster.tabs("alice")).isZero();
    }

    /** A tab joining while the user's last tab leaves must not land in a set already dropped. */
    @Test
    void aTabThatJoinsWhileTheLastOneLeavesStillHears() throws InterruptedException {
        for (int round = 0; round < 2_000; round++) {
            PreferencesBroadcaster node = new PreferencesBroadcaster();
            PreferencesBroadcaster.Subscription leaving = node.subscribe("alice", p -> { });
            List<String> heard = new CopyOnWriteArrayList<>();
            Thread joins = Thread.ofVirtual().start(() -> node.subscribe("alice", p -> heard.add("joined")));
            leaving.cancel();
            joins.join();

            node.publish("alice", DARK);

            assertThat(heard).as("round " + round).containsExactly("joined");
            assertThat(node.tabs("alice")).isEqualTo(1);
        }
    }

    @Test
    void preferencesFromTheNodeStreamReachTheUsersTabs() {
        SavedPreferences fromStream = new SavedPreferences();
        new PreferencesFromEveryNode(fromStream, broadcaster);
        List<String> heard = new ArrayList<>();
        broadcaster.subscribe("alice", p -> heard.add("alice " + p.theme()));
        broadcaster.subscribe("bob", p -> heard.add("bob " + p.theme()));

        fromStream.saved("alice", DARK);

        assertThat(heard).containsExactly("alice DARK");
    }

    @Test
    void aTabTakesOnlyASaveNewerThanWhatItShows() {
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        Preferences shownAtT1 = new Preferences(Theme.DARK, null, null, t1);

        assertThat(PreferencesHookup.newerThanShown(shownAtT1, new Preferences(Theme.DARK, null, null, t1)))
                .as("the same save again").isFalse();
        assertThat(PreferencesHookup.newerThanShown(shownAtT1,
                new Preferences(Theme.LIGHT, null, null, t1.minusSeconds(1)))).as("an older save").isFalse();
        assertThat(PreferencesHookup.newerThanShown(shownAtT1,
                new Preferences(Theme.LIGHT, null, null, t1.plusMillis(1)))).as("a newer save").isTrue();
        assertThat(PreferencesHookup.newerThanShown(Preferences.DEFAULTS, shownAtT1)).as("nothing saved yet").isTrue();
    }
}
