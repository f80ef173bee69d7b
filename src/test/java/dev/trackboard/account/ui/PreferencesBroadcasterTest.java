package dev.trackboard.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.Theme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saved preferences reach every tab of that user on the node, and only those, until a tab leaves. */
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
}
