package dev.trackboard.api;

/** How the bot is doing in a guild. */
public enum BotState {
    ONLINE, DEGRADED, OFFLINE
}
