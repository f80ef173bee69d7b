package dev.trackboard.embedded.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next audit page starts: the (created_at, id) of the last entry of the page before.
 * Opaque to clients (URL-safe Base64), so the encoding may change; anything that does not decode
 * is a bad {@code cursor} parameter, not a server error.
 */
record AuditCursor(Instant createdAt, long id) {

    String encode() {
        String raw = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Null for an absent cursor (the first page). */
    static AuditCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            String[] parts = raw.split(":", -1);
            if (parts.length == 3 && cursor.length() <= 64) {
                long id = Long.parseLong(parts[2]);
                int nanos = Integer.parseInt(parts[1]);
                if (id > 0 && nanos >= 0 && nanos < 1_000_000_000) {
                    return new AuditCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos), id);
                }
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // reported below; NumberFormatException is an IllegalArgumentException
        }
        throw FieldCheck.single("cursor", "is not a cursor this API gave out; start again without one");
    }
}
