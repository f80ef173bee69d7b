package dev.trackboard.api.audit;

import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The guild's audit trail as typed Java calls: keyset pages (pass {@link AuditPage#nextCursor} on),
 * an entry's detail, the filter pickers' values, and undoing an entry. The trail itself has no
 * write call: entries are immutable. Another guild's entry answers NotFound.
 */
@Component
public class AuditClient {

    private final ApiCalls calls;

    public AuditClient(ApiCalls calls) {
        this.calls = calls;
    }

    /** {@code cursor} null for the first page; a grid page read (short timeout, see ApiCalls#getPage). */
    public AuditPage page(ApiSession session, GuildId guildId, AuditQuery query, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>(query.parameters());
        params.put("cursor", cursor);
        params.put("limit", limit);
        return calls.getPage(session, path(guildId), params, AuditPage.class);
    }

    public AuditEntryDetail entry(ApiSession session, GuildId guildId, long entryId) {
        return calls.get(session, path(guildId) + "/" + entryId, Map.of(), AuditEntryDetail.class);
    }

    public AuditFacets facets(ApiSession session, GuildId guildId) {
        return calls.get(session, path(guildId) + "/facets", Map.of(), AuditFacets.class);
    }

    /**
     * Undoes the entry with a new change and answers its entry. Conflict when it cannot be undone or
     * (without {@code confirmLaterChanges}) when its target changed later. {@code settingsVersion}:
     * for a settings entry the {@link AuditEntryDetail#settingsVersion} the admin looked at (sent as
     * {@code If-Match}; Conflict when the settings were saved since), else null.
     */
    public AuditEntry revert(ApiSession session, GuildId guildId, long entryId, boolean confirmLaterChanges,
                             Long settingsVersion) {
        String path = path(guildId) + "/" + entryId + "/revert" + (confirmLaterChanges ? "?confirm=true" : "");
        Map<String, String> headers = settingsVersion == null ? Map.of()
                : Map.of("If-Match", "\"" + settingsVersion + "\"");
        return calls.send(session, "POST", path, null, headers, AuditEntry.class);
    }

    private static String path(GuildId guildId) {
        return "guilds/" + guildId + "/audit";
    }
}
