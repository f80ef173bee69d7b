package dev.trackboard.embedded.tracking;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The platforms the bot can follow, each with the handle rules of the platform itself, so that a
 * handle the bot could never look up is refused when it is entered.
 */
public enum Platform {
    X("[A-Za-z0-9_]{1,15}", "1 to 15 letters, digits or underscores"),
    INSTAGRAM("(?!.*\\.\\.)(?!\\.)[A-Za-z0-9._]{1,30}(?<!\\.)",
            "1 to 30 letters, digits, periods or underscores; no leading, trailing or double period"),
    TIKTOK("(?!.*\\.$)[A-Za-z0-9._]{2,24}", "2 to 24 letters, digits, periods or underscores; no trailing period"),
    YOUTUBE("[A-Za-z0-9._-]{3,30}", "3 to 30 letters, digits, periods, hyphens or underscores"),
    TWITCH("[A-Za-z0-9][A-Za-z0-9_]{3,24}", "4 to 25 letters, digits or underscores, not starting with an underscore"),
    BLUESKY("(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}",
            "a domain name such as name.bsky.social (lower case)");

    private final Pattern handle;
    private final String rule;

    Platform(String handle, String rule) {
        this.handle = Pattern.compile(handle);
        this.rule = rule;
    }

    public static Optional<Platform> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The handle as stored: without the "@" people like to type in front of it. */
    String normalise(String raw) {
        String handle = raw.strip();
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    boolean accepts(String normalisedHandle) {
        return handle.matcher(normalisedHandle).matches();
    }

    String rule() {
        return rule;
    }

    String profileUrl(String handle) {
        return switch (this) {
            case X -> "https://x.com/" + handle;
            case INSTAGRAM -> "https://www.instagram.com/" + handle + "/";
            case TIKTOK -> "https://www.tiktok.com/@" + handle;
            case YOUTUBE -> "https://www.youtube.com/@" + handle;
            case TWITCH -> "https://www.twitch.tv/" + handle;
            case BLUESKY -> "https://bsky.app/profile/" + handle;
        };
    }
}
