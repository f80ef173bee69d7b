package dev.trackboard.embedded.preferences;

import dev.trackboard.embedded.ApiProblem;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a preferences body field by field; every bad field is named at once, each with a stable
 * code the dashboard translates. The body is read as plain JSON values so that a wrong type is a
 * field error like any other. Messages never repeat the value sent.
 */
final class PreferencesValidation {

    static final Set<String> THEMES = Set.of("light", "dark", "system");
    static final Set<String> LANGUAGES = Set.of("en", "de");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private PreferencesValidation() {
    }

    static UserPreferences check(Map<String, Object> body) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String theme = choice(body, "theme", THEMES, true, "UNKNOWN_THEME", "must be light, dark or system", errors);
        String zone = choice(body, "timeZone", ZONES, false, "UNKNOWN_ZONE",
                "must be an IANA time zone such as Europe/Berlin, or null for the browser's", errors);
        String language = choice(body, "language", LANGUAGES, false, "UNKNOWN_LANGUAGE",
                "must be en or de, or null for the browser's", errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new UserPreferences(theme, zone, language, null);
    }

    private static String choice(Map<String, Object> body, String field, Set<String> allowed, boolean required,
                                 String code, String message, List<ApiProblem.FieldError> errors) {
        Object value = body == null ? null : body.get(field);
        if (value == null) {
            if (required) {
                errors.add(new ApiProblem.FieldError(field, "is required", "REQUIRED"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            errors.add(new ApiProblem.FieldError(field, "must be a string", "WRONG_TYPE"));
            return null;
        }
        if (!allowed.contains(text)) {
            errors.add(new ApiProblem.FieldError(field, message, code));
            return null;
        }
        return text;
    }
}
