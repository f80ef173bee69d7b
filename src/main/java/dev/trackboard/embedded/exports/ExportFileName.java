package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.tracking.ExportableLists;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The name a downloaded file suggests: {@code acme-creators-posts-2026-12-01.csv}. The guild name is
 * reduced to ASCII letters, digits and single hyphens (accents dropped, everything else a hyphen,
 * at most 40 characters), so no name — RTL overrides, slashes, dots, control characters, a 10 kB
 * string — can make it a path, a hidden file or a misleading extension.
 */
final class ExportFileName {

    private static final int MAX_GUILD_PART = 40;

    private ExportFileName() {
    }

    static String of(String guildName, ExportableLists.Kind type, LocalDate day, ExportFormat format) {
        return guildPart(guildName) + "-" + type.name().toLowerCase(Locale.ROOT) + "-" + day + "." + format.extension;
    }

    static String guildPart(String guildName) {
        String ascii = Normalizer.normalize(guildName == null ? "" : guildName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_GUILD_PART) {
            ascii = ascii.substring(0, MAX_GUILD_PART).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "guild" : ascii;
    }
}
