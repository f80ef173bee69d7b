package dev.trackboard.api.audit;

import java.util.List;

/** An entry for the detail view: which entries undid it and whether it can be undone now (else why not). */
public record AuditEntryDetail(AuditEntry entry, List<Long> revertedBy, boolean revertible,
                               String notRevertibleReason) {
}
