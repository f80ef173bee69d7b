package dev.trackboard.api.preferences;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Preferences a user saved on any node, as the node's session event stream tells them (its
 * {@code preferences} event, decision 0141). Listeners get the user's id and what was saved, on
 * the stream's reader thread; the one that matters shows them in the user's tabs on this node.
 */
@Component
public class SavedPreferences {

    private final List<BiConsumer<String, Preferences>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(BiConsumer<String, Preferences> listener) {
        listeners.add(listener);
    }

    public void saved(String userId, Preferences saved) {
        listeners.forEach(listener -> listener.accept(userId, saved));
    }
}
