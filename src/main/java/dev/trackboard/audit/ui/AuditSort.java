package dev.trackboard.audit.ui;

/** The audit list has one order, newest first (the API's only one): a sort key for the grid skeleton. */
enum AuditSort {
    NEWEST
}
