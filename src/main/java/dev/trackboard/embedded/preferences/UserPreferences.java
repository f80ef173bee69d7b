package dev.trackboard.embedded.preferences;

import java.time.Instant;

/**
 * A user's preferences as stored: {@code theme} light, dark or system; {@code timeZone} an IANA id or
 * null (the browser's); {@code language} en, de or null (the browser's). {@code updatedAt} is null
 * while the user never saved any.
 */
record UserPreferences(String theme, String timeZone, String language, Instant updatedAt) {

    static final String DEFAULT_THEME = "system";

    static UserPreferences defaults() {
        return new UserPreferences(DEFAULT_THEME, null, null, null);
    }
}
