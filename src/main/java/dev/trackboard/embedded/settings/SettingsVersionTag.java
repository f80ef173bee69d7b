package dev.trackboard.embedded.settings;

import dev.trackboard.embedded.ApiProblem;
import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * The settings version as a strong entity tag ({@code "7"}) and back: what a settings PUT and the
 * undo of a settings entry must name in {@code If-Match}.
 */
final class SettingsVersionTag {

    private SettingsVersionTag() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match names. {@code *} is refused like a missing header (428): it would match
     * any version and so overwrite whatever another admin saved. Anything that is not one of our
     * ETags can never match (412).
     */
    static long basedOn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the settings you changed.");
        }
        return Arrays.stream(ifMatch.split(",")).map(String::strip)
                .filter(tag -> tag.matches("\"[0-9]{1,18}\""))
                .mapToLong(tag -> Long.parseLong(tag.substring(1, tag.length() - 1)))
                .findFirst().orElseThrow(GuildSettingsStore::stale);
    }
}
