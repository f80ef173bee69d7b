package dev.trackboard.api.audit;

import java.util.List;

/** One keyset page of the audit trail; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEntry> items, String nextCursor) {

    public boolean last() {
        return nextCursor == null;
    }
}
