package dev.trackboard.api.status;

/** How the bot is doing in a guild. */
public enum BotState {
    ONLINE, DEGRADED, OFFLINE
}
