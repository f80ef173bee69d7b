package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/guilds/{guildId}/audit}: the guild's audit trail, read-only (there is no update or
 * delete path, and the database refuses both), plus undoing an entry, which is a new change (a
 * settings entry's undo names the settings version in If-Match, like a settings PUT).
 */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}/audit")
@TrackingApi
@ConditionalOnEmbeddedMode
class AuditController {

    /**
     * An entry with what the detail view needs: who undid it; whether it can be undone now, else why
     * (code and English reason); the later changes of its fields an undo would overwrite; for a
     * settings entry the settings version an undo must name in If-Match.
     */
    record EntryDetail(AuditStore.Entry entry, List<Long> revertedBy, boolean revertible, String notRevertibleReason,
                       String notRevertibleCode, List<AuditStore.Entry> laterChanges, Long settingsVersion) { }

    private final AuditStore entries;
    private final AuditRefusal refusals;
    private final AuditRevert reverts;
    private final AuditSettingsUndo settings;

    AuditController(AuditStore entries, AuditRefusal refusals, AuditRevert reverts, AuditSettingsUndo settings) {
        this.entries = entries;
        this.refusals = refusals;
        this.reverts = reverts;
        this.settings = settings;
    }

    @GetMapping
    AuditStore.EntryPage list(AuthorizedGuild guild,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) String limit,
                              @RequestParam(required = false) String actorId,
                              @RequestParam(required = false) String action,
                              @RequestParam(required = false) String targetType,
                              @RequestParam(required = false) String groupId,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to) {
        AuditQuery query = AuditQuery.parse(actorId, action, targetType, groupId, from, to);
        int size = AuditStore.limit(limit);
        return entries.page(guild.id(), query, AuditCursor.decode(cursor), size);
    }

    @GetMapping("/facets")
    AuditStore.Facets facets(AuthorizedGuild guild) {
        return entries.facets(guild.id());
    }

    @GetMapping("/{entryId}")
    EntryDetail one(AuthorizedGuild guild, @PathVariable String entryId) {
        AuditStore.Entry entry = entries.one(guild.id(), Ids.parse(entryId));
        AuditRefusal.Refusal refusal = refusals.of(guild.id(), entry);
        List<AuditStore.Entry> later = refusal == null ? entries.laterChangesOfFields(guild.id(), entry) : List.of();
        Long version = AuditRefusal.SETTINGS_UPDATED.equals(entry.action()) ? settings.version(guild.id()) : null;
        return new EntryDetail(entry, entries.revertedBy(guild.id(), entry.id()), refusal == null,
                refusal == null ? null : refusal.reason(), refusal == null ? null : refusal.code(), later, version);
    }

    @PostMapping("/{entryId}/revert")
    @ResponseStatus(HttpStatus.CREATED)
    AuditStore.Entry revert(AuthorizedGuild guild, ApiCaller caller, @PathVariable String entryId,
                            @RequestParam(required = false) String confirm,
                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return reverts.revert(guild.id(), guild.name(), caller.userId(), Ids.parse(entryId), "true".equals(confirm),
                ifMatch);
    }
}
