package dev.trackboard.settings;

import dev.trackboard.api.audit.AuditEntry;
import java.util.List;

/**
 * The settings saves between two versions, oldest first, as the audit trail has them: who, when and
 * each field before → after. {@code notShown}: saves between the versions the trail did not give
 * (more than one page, or versions written without the API, like the demo's first).
 */
public record SettingsSaves(List<AuditEntry> saves, long notShown) {

    public SettingsSaves {
        saves = List.copyOf(saves);
    }
}
