package dev.trackboard.embedded.exports;

/** Where a job is; only QUEUED and RUNNING count against the guild's limit and can be cancelled. */
enum ExportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED;

    boolean unfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
