package dev.trackboard.embedded.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;

/**
 * One value as a CSV cell. Text that a spreadsheet would run as a formula — a cell beginning with
 * {@code = + - @}, a tab or a carriage return (OWASP "CSV injection") — gets a leading apostrophe,
 * which spreadsheets show as text and do not evaluate. Numbers are left alone: they are ours, not
 * user text, and none is negative. Lists and objects (keywords, an audit entry's changes) become
 * JSON text, which cannot start with a formula character.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Number number -> number.toString();
            case Boolean flag -> flag.toString();
            case Instant instant -> instant.toString();
            case String text -> neutralised(text);
            default -> neutralised(json(value));
        };
    }

    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String json(Object value) {
        try {
            return ExportJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export value cannot be written as JSON", e);
        }
    }
}
