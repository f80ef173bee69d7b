package dev.trackboard.api.audit;

import java.util.List;

/**
 * An entry for the detail view: which entries undid it, whether it can be undone now (else why not:
 * {@code notRevertibleCode} is one of {@link #REFUSAL_CODES}, for the screen's own words), the later
 * changes of the same target's fields that an undo would overwrite (the admin must see them and
 * confirm), and for a settings entry the settings version an undo applies to (sent as
 * {@code If-Match}: a save in between makes the undo fail instead of overwriting it).
 */
public record AuditEntryDetail(AuditEntry entry, List<Long> revertedBy, boolean revertible,
                               String notRevertibleReason, String notRevertibleCode,
                               List<AuditEntry> laterChanges, Long settingsVersion) {

    /** The codes the API gives for an entry that cannot be undone. */
    public static final List<String> REFUSAL_CODES =
            List.of("ALREADY_UNDONE", "POSTS_DELETED", "CREATION", "NOT_SUPPORTED", "TARGET_GONE");

    public AuditEntryDetail {
        revertedBy = revertedBy == null ? List.of() : List.copyOf(revertedBy);
        laterChanges = laterChanges == null ? List.of() : List.copyOf(laterChanges);
    }
}
