package dev.trackboard.api.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One field's value before and after a change, as display text: a text value as it is, any other
 * JSON value (a number, a list of platforms) as its JSON. Null before: created; null after: deleted.
 */
public record AuditChange(String field,
                          @JsonDeserialize(using = AuditValueText.class) String before,
                          @JsonDeserialize(using = AuditValueText.class) String after) {
}
