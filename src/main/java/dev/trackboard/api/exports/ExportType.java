package dev.trackboard.api.exports;

/** What an export holds: one of the lists, with that list's filters and sort. */
public enum ExportType { ACCOUNTS, POSTS, BRANDS, AUDIT }
