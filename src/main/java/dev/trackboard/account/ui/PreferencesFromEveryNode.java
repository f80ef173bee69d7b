package dev.trackboard.account.ui;

import dev.trackboard.api.preferences.SavedPreferences;
import org.springframework.stereotype.Component;

/**
 * Preferences saved on any node, from this node's session event stream, to the user's tabs here
 * (decision 0141). The node where the change was made hears it too: its tabs already show it, and
 * {@link PreferencesHookup} leaves a tab alone when what arrives is not newer than what it shows.
 */
@Component
class PreferencesFromEveryNode {

    PreferencesFromEveryNode(SavedPreferences saved, PreferencesBroadcaster broadcaster) {
        saved.addListener(broadcaster::publish);
    }
}
