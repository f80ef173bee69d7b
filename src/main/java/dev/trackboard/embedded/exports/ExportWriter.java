package dev.trackboard.embedded.exports;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes an export file one row at a time; holds no more than its output buffer. */
interface ExportWriter extends Closeable {

    /** One row's values in the type's column order (ExportColumns). */
    void row(List<Object> values) throws IOException;
}
