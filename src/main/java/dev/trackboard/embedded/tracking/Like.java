package dev.trackboard.embedded.tracking;

import java.util.Locale;

/** A case-insensitive "contains" pattern for {@code LIKE ... ESCAPE '\'}, wildcards in the input escaped. */
final class Like {

    private Like() {
    }

    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
