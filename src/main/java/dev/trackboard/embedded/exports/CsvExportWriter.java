package dev.trackboard.embedded.exports;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * RFC 4180 CSV through Jackson's CSV generator: a header row of the stable column names, CRLF line
 * ends, fields quoted when they need it, quotes doubled; UTF-8, with a byte order mark on request
 * (Excel reads UTF-8 without one as the local code page). Every cell passes {@link CsvCells}.
 */
final class CsvExportWriter implements ExportWriter {

    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE).build();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SequenceWriter rows;
    private final String[] cells;

    CsvExportWriter(OutputStream out, List<String> columns, boolean bom) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(schema::addColumn);
        this.rows = CSV.writer(schema.build()).writeValues(out);
        this.cells = new String[columns.size()];
    }

    @Override
    public void row(List<Object> values) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = CsvCells.cell(values.get(i));
        }
        rows.write(cells);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
