package dev.trackboard.api.tracking;

/** Whether the bot currently follows a tracked account. */
public enum AccountStatus {
    ACTIVE, PAUSED
}
