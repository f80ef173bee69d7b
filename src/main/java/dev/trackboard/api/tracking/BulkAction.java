package dev.trackboard.api.tracking;

/** What can be done to many accounts at once. */
public enum BulkAction {
    PAUSE, RESUME, DELETE
}
