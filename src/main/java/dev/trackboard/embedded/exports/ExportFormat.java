package dev.trackboard.embedded.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of an export, with their media type and file extension. */
enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    /** One JSON object per line (application/x-ndjson): streams and parses line by line, unlike one big array. */
    NDJSON("application/x-ndjson", "ndjson");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static Optional<ExportFormat> parse(String raw) {
        try {
            return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    ExportWriter open(OutputStream out, List<String> columns, boolean bom) throws IOException {
        return this == CSV ? new CsvExportWriter(out, columns, bom) : new NdjsonExportWriter(out, columns);
    }
}
