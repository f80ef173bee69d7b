package dev.trackboard.api.preferences;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Light, dark, or whatever the operating system says. */
public enum Theme {
    @JsonProperty("light") LIGHT,
    @JsonProperty("dark") DARK,
    @JsonProperty("system") SYSTEM
}
