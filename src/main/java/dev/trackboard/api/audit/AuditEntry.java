package dev.trackboard.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change the API made: who, what (action and target), when, and every field before and after.
 * {@code groupId} joins the entries of one bulk request; {@code revertOf} names the entry it undid.
 */
public record AuditEntry(long id, AuditActor actor, String action, AuditTarget target, Instant createdAt,
                         List<AuditChange> changes, String groupId, Long revertOf) {
}
