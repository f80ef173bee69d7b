package dev.trackboard.api.exports;

/** CSV (RFC 4180, UTF-8, formula cells neutralised) or NDJSON (one JSON object per line). */
public enum ExportFormat { CSV, NDJSON }
