package dev.trackboard.embedded.status;

/** How the bot is doing in one guild, as the API reports it. */
enum BotState {
    ONLINE, DEGRADED, OFFLINE
}
