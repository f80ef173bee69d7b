package dev.trackboard.embedded.preferences;

import java.time.Instant;

/**
 * Published when a user saved preferences, so every dashboard node shows them in that user's open
 * tabs at once (the session event stream's {@code preferences} event, decision 0141). Live only: a
 * tab that opens later loads the preferences itself.
 */
public record UserPreferencesSaved(String userId, String theme, String timeZone, String language,
                                   Instant updatedAt) {
}
