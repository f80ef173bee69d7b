package dev.trackboard.embedded.access;

/** The caller's strongest right in a guild that lets them manage it (contract: GuildAccess). */
public enum GuildAccess {
    OWNER, ADMINISTRATOR, MANAGE_GUILD, NONE;

    public boolean canManage() {
        return this != NONE;
    }
}
