package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/guilds/{guildId}/audit}: the guild's audit trail, read-only (there is no update or
 * delete path, and the database refuses both), plus undoing an entry, which is a new change.
 */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}/audit")
@TrackingApi
@ConditionalOnEmbeddedMode
class AuditController {

    /** An entry with what the detail view needs: who undid it, and whether it can be undone now. */
    record EntryDetail(AuditStore.Entry entry, List<Long> revertedBy, boolean revertible, String notRevertibleReason) { }

    private final AuditStore entries;
    private final AuditRevert reverts;

    AuditController(AuditStore entries, AuditRevert reverts) {
        this.entries = entries;
        this.reverts = reverts;
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
        String refusal = reverts.refusal(guild.id(), entry);
        return new EntryDetail(entry, entries.revertedBy(guild.id(), entry.id()), refusal == null, refusal);
    }

    @PostMapping("/{entryId}/revert")
    @ResponseStatus(HttpStatus.CREATED)
    AuditStore.Entry revert(AuthorizedGuild guild, ApiCaller caller, @PathVariable String entryId,
                            @RequestParam(required = false) String confirm) {
        return reverts.revert(guild.id(), caller.userId(), Ids.parse(entryId), "true".equals(confirm));
    }
}
