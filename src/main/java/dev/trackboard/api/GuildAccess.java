package dev.trackboard.api;

/** The caller's strongest right in a guild that lets them manage it. */
public enum GuildAccess {
    OWNER, ADMINISTRATOR, MANAGE_GUILD, NONE
}
