package dev.trackboard.api.guild;

/** The caller's strongest right in a guild that lets them manage it. */
public enum GuildAccess {
    OWNER, ADMINISTRATOR, MANAGE_GUILD, NONE
}
