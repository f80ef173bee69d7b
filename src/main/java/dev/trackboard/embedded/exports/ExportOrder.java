package dev.trackboard.embedded.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.tracking.ExportableLists;
import dev.trackboard.embedded.tracking.FieldCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A checked export request: type, format, byte order mark and the list filters, validated by the
 * list's own parsers. {@link #digest} identifies the request for the Idempotency-Key check: the same
 * key must come with the same request (filters compared as a sorted map, so their order is irrelevant).
 */
record ExportOrder(ExportableLists.Kind type, ExportFormat format, boolean bom, Map<String, String> filters) {

    private static final Set<String> FIELDS = Set.of("type", "format", "bom", "filters");

    static ExportOrder parse(Map<String, Object> body, ExportableLists lists) {
        Map<String, Object> request = body == null ? Map.of() : body;
        FieldCheck check = new FieldCheck();
        request.keySet().stream().filter(field -> !FIELDS.contains(field)).sorted()
                .forEach(field -> check.fail(field, "is no field of an export request"));
        ExportableLists.Kind type = null;
        if (request.get("type") instanceof String raw && kind(raw) != null) {
            type = kind(raw);
        } else {
            check.fail("type", "must be one of ACCOUNTS, POSTS, BRANDS, AUDIT");
        }
        ExportFormat format = request.get("format") instanceof String raw ? ExportFormat.parse(raw).orElse(null) : null;
        if (format == null) {
            check.fail("format", "must be CSV or NDJSON");
        }
        Object rawBom = request.getOrDefault("bom", false);
        boolean bom = Boolean.TRUE.equals(rawBom);
        if (!(rawBom instanceof Boolean)) {
            check.fail("bom", "must be true or false");
        } else if (bom && format == ExportFormat.NDJSON) {
            check.fail("bom", "only a CSV file can start with a byte order mark");
        }
        Map<String, String> filters = filters(check, request.get("filters"));
        check.throwIfFailed();
        lists.parse(type, filters); // 400 naming filters.<name>, exactly as the list endpoint checks them
        return new ExportOrder(type, format, bom, filters);
    }

    String digest() {
        try {
            String canonical = type + "\n" + format + "\n" + bom + "\n" + ExportJson.MAPPER.writeValueAsString(filters);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("An export request cannot be digested", e);
        }
    }

    private static ExportableLists.Kind kind(String raw) {
        try {
            return ExportableLists.Kind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Filter values are the list endpoint's query parameters: text, numbers or booleans, never nested. */
    private static Map<String, String> filters(FieldCheck check, Object raw) {
        Map<String, String> filters = new TreeMap<>();
        if (raw == null) {
            return filters;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            check.fail("filters", "must be an object of the list's filters");
            return filters;
        }
        map.forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                filters.put(String.valueOf(name), String.valueOf(value));
            } else if (value != null) {
                check.fail("filters." + name, "must be text, a number or true/false");
            }
        });
        if (filters.size() > 20) {
            check.fail("filters", "at most 20 filters");
        }
        return filters;
    }

    /** Thrown when a known key comes with another request (IETF idempotency-key draft: 422). */
    static ApiProblem keyReused() {
        return new ApiProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                "This Idempotency-Key was already used for a different export request; use a new key for a new request.");
    }
}
