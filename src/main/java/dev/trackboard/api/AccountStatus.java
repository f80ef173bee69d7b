package dev.trackboard.api;

/** Whether the bot currently follows a tracked account. */
public enum AccountStatus {
    ACTIVE, PAUSED
}
