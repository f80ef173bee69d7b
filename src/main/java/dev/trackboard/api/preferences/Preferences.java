package dev.trackboard.api.preferences;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The signed-in user's own preferences. {@code timeZone} null: the browser's; {@code language}
 * null: the browser's; {@code updatedAt} null while never saved (and in what a client sends).
 */
public record Preferences(Theme theme, String timeZone, Language language,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Instant updatedAt) implements Serializable {

    public static final Preferences DEFAULTS = new Preferences(Theme.SYSTEM, null, null, null);

    public Preferences {
        theme = theme == null ? Theme.SYSTEM : theme;
    }

    public Preferences withTheme(Theme newTheme) {
        return new Preferences(newTheme, timeZone, language, null);
    }

    public Preferences withTimeZone(String newZone) {
        return new Preferences(theme, newZone, language, null);
    }

    public Preferences withLanguage(Language newLanguage) {
        return new Preferences(theme, timeZone, newLanguage, null);
    }

    /** The chosen zone, or null for the browser's (also when this JDK does not know the id). */
    @JsonIgnore
    public ZoneId zone() {
        try {
            return timeZone == null ? null : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException unknownHere) {
            return null;
        }
    }

    /** The same choices, whenever saved: what tells "changed" from "saved again". */
    public boolean sameChoicesAs(Preferences other) {
        return other != null && theme == other.theme && language == other.language
                && java.util.Objects.equals(timeZone, other.timeZone);
    }
}
