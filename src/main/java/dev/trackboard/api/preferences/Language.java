package dev.trackboard.api.preferences;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The languages the dashboard speaks. */
public enum Language {
    @JsonProperty("en") ENGLISH(Locale.ENGLISH),
    @JsonProperty("de") GERMAN(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
