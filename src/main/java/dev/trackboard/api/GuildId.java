package dev.trackboard.api;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/** A Discord guild (tenant) id: a snowflake of 17 to 20 digits. */
public record GuildId(String value) implements Serializable {

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");

    public GuildId {
        if (value == null || !SNOWFLAKE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a guild id: " + value);
        }
    }

    /** Parses untrusted input (a URL segment); empty when it is no snowflake. */
    public static Optional<GuildId> parse(String raw) {
        return raw != null && SNOWFLAKE.matcher(raw).matches() ? Optional.of(new GuildId(raw)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
