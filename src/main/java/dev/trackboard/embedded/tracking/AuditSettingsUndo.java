package dev.trackboard.embedded.tracking;

import java.util.Map;

/**
 * The settings' part of undoing a {@code SETTINGS_UPDATED} entry ({@link AuditRevert} finds and
 * checks the entry, the settings side writes). An interface here because the settings store lives
 * in {@code embedded.settings}, which already uses this package (AuditTrail, FieldCheck): the
 * dependency stays one-way.
 */
public interface AuditSettingsUndo {

    /** The version an If-Match names: 428 without one (or with {@code *}), 412 for one that never matches. */
    long basedOn(String ifMatch);

    /** The guild's settings version now (the detail's {@code settingsVersion}). */
    long version(String guildId);

    /** 412 when the settings are no longer at {@code basedOn}. */
    void requireVersion(String guildId, long basedOn);

    /**
     * Sets the fields of {@code before} back on the current settings if they are still at
     * {@code basedOn} (else 412), through the settings' validation (a value that is no longer valid:
     * 400 naming the field, nothing saved) and audit (one new SETTINGS_UPDATED entry).
     */
    void undo(String guildId, String guildName, String actorId, long basedOn, Map<String, Object> before);
}
