package dev.trackboard.embedded.settings;

import java.time.LocalTime;
import java.util.regex.Pattern;

/** Times of day as the API writes them: {@code HH:mm}, 24-hour, nothing finer than a minute. */
final class SettingsTimes {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private SettingsTimes() {
    }

    static String format(LocalTime time) {
        return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** The time, or null when the text is not {@code HH:mm}. */
    static LocalTime parse(String text) {
        return TIME.matcher(text).matches() ? LocalTime.parse(text) : null;
    }
}
