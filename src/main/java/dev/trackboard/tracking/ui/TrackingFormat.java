package dev.trackboard.tracking.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** How the tracking screens show numbers in grid cells and links out (times: {@code base.ui.UserTime}). */
final class TrackingFormat {

    private TrackingFormat() {
    }

    static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Only http(s) links are offered as links out; anything else is shown as text. */
    static boolean safeLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
