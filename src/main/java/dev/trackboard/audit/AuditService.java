package dev.trackboard.audit;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.audit.AuditClient;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditEntryDetail;
import dev.trackboard.api.audit.AuditFacets;
import dev.trackboard.api.audit.AuditPage;
import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The guild's audit trail for the screens, always for the guild in the URL and with the signed-in
 * user's own API session. A lazy grid reads it through {@link AuditRows}, which turns the grid's
 * offsets into the API's keyset cursors.
 */
@Service
public class AuditService {

    /** The API's page size limit. */
    static final int MAX_PAGE = 200;

    private final AuditClient api;
    private final CurrentUser currentUser;

    AuditService(AuditClient api, CurrentUser currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    /** One keyset page: {@code cursor} null for the newest entries. */
    public AuditPage page(GuildId guildId, AuditQuery query, String cursor, int limit) {
        return api.page(currentUser.apiSession(), guildId, query, cursor, Math.min(limit, MAX_PAGE));
    }

    /** Rows for one grid of one query (a new query, a new instance). */
    public AuditRows rows(GuildId guildId, AuditQuery query) {
        return new AuditRows((cursor, limit) -> page(guildId, query, cursor, limit), MAX_PAGE);
    }

    /** NotFound for an unknown id and for another guild's entry alike. */
    public AuditEntryDetail entry(GuildId guildId, long entryId) {
        return api.entry(currentUser.apiSession(), guildId, entryId);
    }

    public AuditFacets facets(GuildId guildId) {
        return api.facets(currentUser.apiSession(), guildId);
    }

    /**
     * Conflict when the entry cannot be undone, or its target changed later and that was not confirmed;
     * for a settings entry {@code settingsVersion} from its detail (Conflict, too, when saved since).
     */
    public AuditEntry revert(GuildId guildId, long entryId, boolean confirmLaterChanges, Long settingsVersion) {
        return api.revert(currentUser.apiSession(), guildId, entryId, confirmLaterChanges, settingsVersion);
    }
}
