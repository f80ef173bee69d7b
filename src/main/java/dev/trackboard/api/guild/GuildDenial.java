package dev.trackboard.api.guild;

/** Why a guild cannot be opened. */
public enum GuildDenial {
    MISSING_PERMISSION, BOT_NOT_INSTALLED
}
