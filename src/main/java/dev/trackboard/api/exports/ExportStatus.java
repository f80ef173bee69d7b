package dev.trackboard.api.exports;

/** Where a job is. Only QUEUED and RUNNING can be cancelled; only SUCCEEDED has a file. */
public enum ExportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED;

    public boolean unfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
