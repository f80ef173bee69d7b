package dev.trackboard.embedded.exports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Newline-delimited JSON through Jackson's streaming generator: one object per row with the type's
 * column names as keys, in column order; lists and objects stay structured. No CSV neutralising:
 * this file is data for programs, and its strings are exactly what the API answers.
 */
final class NdjsonExportWriter implements ExportWriter {

    private final JsonGenerator json;
    private final List<String> columns;

    NdjsonExportWriter(OutputStream out, List<String> columns) throws IOException {
        this.json = ExportJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        json.setRootValueSeparator(null); // the line end below separates the objects, not Jackson's space
        this.columns = columns;
    }

    @Override
    public void row(List<Object> values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i));
            json.writeObject(values.get(i));
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
