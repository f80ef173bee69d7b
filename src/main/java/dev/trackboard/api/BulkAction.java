package dev.trackboard.api;

/** What can be done to many accounts at once. */
public enum BulkAction {
    PAUSE, RESUME, DELETE
}
