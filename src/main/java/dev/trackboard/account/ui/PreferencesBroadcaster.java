package dev.trackboard.account.ui;

import dev.trackboard.api.preferences.Preferences;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Saved preferences to every open tab of the same user on this node, whichever session (device)
 * the tab belongs to. Each tab's listener hops onto its own UI with {@code ui.access}. Saves made on
 * other nodes arrive here through the node's session event stream ({@link PreferencesFromEveryNode},
 * decision 0141).
 */
@Component
class PreferencesBroadcaster {

    /** A tab's hold on its user's changes; cancel it when the tab goes away. */
    @FunctionalInterface
    interface Subscription {
        void cancel();
    }

    private final Map<String, Set<Consumer<Preferences>>> tabs = new ConcurrentHashMap<>();

    Subscription subscribe(String userId, Consumer<Preferences> tab) {
        // one step: between a computeIfAbsent and an add, the last tab's cancel could drop the set
        tabs.compute(userId, (id, set) -> {
            Set<Consumer<Preferences>> joined = set == null ? ConcurrentHashMap.newKeySet() : set;
            joined.add(tab);
            return joined;
        });
        return () -> tabs.computeIfPresent(userId, (id, set) -> {
            set.remove(tab);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Hands {@code saved} to every tab of {@code userId}. The saving tab calls it under its own
     * lock; that is fine because each listener only queues a {@code ui.access}, it never waits for
     * another UI's lock.
     */
    void publish(String userId, Preferences saved) {
        Set<Consumer<Preferences>> subscribers = tabs.get(userId);
        if (subscribers != null) {
            Set.copyOf(subscribers).forEach(tab -> tab.accept(saved));
        }
    }

    int tabs(String userId) {
        Set<Consumer<Preferences>> subscribers = tabs.get(userId);
        return subscribers == null ? 0 : subscribers.size();
    }
}
