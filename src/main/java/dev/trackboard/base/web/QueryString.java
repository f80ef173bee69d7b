package dev.trackboard.base.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw query string checked the way the servlet container decodes it: {@code name=value} pairs
 * split on {@code &}, percent escapes of two hex digits, {@code +} for a space, UTF-8 throughout, and a
 * name that is not empty. The container refuses the whole request over one bad pair, and over more
 * parameters than it allows; this keeps the good pairs instead.
 */
final class QueryString {

    /** Far more than any screen reads, and below the container's own limit (1,000). */
    static final int MAX_PARTS = 100;

    private final List<String> parts = new ArrayList<>();
    private final List<String> decodable = new ArrayList<>();

    QueryString(String raw) {
        for (String part : raw.split("&")) {
            if (!part.isEmpty()) {
                parts.add(part);
                if (decodable.size() < MAX_PARTS && decodable(part)) {
                    decodable.add(part);
                }
            }
        }
    }

    /** Whether the container can read every parameter. */
    boolean decodable() {
        return decodable.size() == parts.size();
    }

    /** The pairs the container can read, as they were written. */
    String decodableParts() {
        return String.join("&", decodable);
    }

    private static boolean decodable(String part) {
        int equals = part.indexOf('=');
        String name = equals < 0 ? part : part.substring(0, equals);
        return !name.isEmpty() && decodes(name) && (equals < 0 || decodes(part.substring(equals + 1)));
    }

    private static boolean decodes(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || !isAsciiHex(encoded.charAt(i + 1)) || !isAsciiHex(encoded.charAt(i + 2))) {
                    return false;
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            } else if (c > 0xff) {
                return false;
            } else {
                bytes.write(c); // raw bytes of the request line arrive as ISO-8859-1 characters
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
