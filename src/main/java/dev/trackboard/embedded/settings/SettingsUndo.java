package dev.trackboard.embedded.settings;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.bot.BotGuilds;
import dev.trackboard.embedded.tracking.AuditSettingsUndo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Undoes a settings change: the current settings with the entry's fields set back to their before
 * values, checked by {@link SettingsValidation} as if an admin had sent them, and saved through
 * {@link GuildSettingsStore#replace} (version check inside the write, audit entry in the same
 * transaction). Fields the entry did not change keep their current values.
 */
@Component
@ConditionalOnEmbeddedMode
class SettingsUndo implements AuditSettingsUndo {

    private final GuildSettingsStore store;
    private final SettingsValidation validation;

    SettingsUndo(GuildSettingsStore store, BotGuilds bot) {
        this.store = store;
        this.validation = new SettingsValidation(bot);
    }

    @Override
    public long basedOn(String ifMatch) {
        return SettingsVersionTag.basedOn(ifMatch);
    }

    @Override
    public long version(String guildId) {
        return store.current(guildId).version();
    }

    @Override
    public void requireVersion(String guildId, long basedOn) {
        if (version(guildId) != basedOn) {
            throw GuildSettingsStore.stale();
        }
    }

    @Override
    public void undo(String guildId, String guildName, String actorId, long basedOn, Map<String, Object> before) {
        GuildSettings now = store.current(guildId);
        if (now.version() != basedOn) {
            throw GuildSettingsStore.stale();
        }
        Map<String, Object> body = new LinkedHashMap<>(now.snapshot());
        before.forEach((field, value) -> body.replace(field, value));
        // a digest time belongs to a daily digest only: going back to another delivery drops it
        if (!"DAILY_DIGEST".equals(body.get("delivery"))) {
            body.put("digestTime", null);
        }
        // @everyone was confirmed when it was chosen; the undo names it as the value to go back to
        body.put("mentionEveryoneConfirmed", guildId.equals(body.get("mentionRoleId")));
        GuildSettings valid;
        try {
            valid = validation.check(guildId, body);
        } catch (ApiProblem invalid) {
            String fields = invalid.errors().stream().map(ApiProblem.FieldError::field).collect(Collectors.joining(", "));
            throw ApiProblem.invalid("This change cannot be undone: the value it had before is no longer valid ("
                    + fields + "). Nothing was saved.", invalid.errors());
        }
        store.replace(guildId, guildName, actorId, basedOn, valid);
    }
}
