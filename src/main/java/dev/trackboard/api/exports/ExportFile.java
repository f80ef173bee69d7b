package dev.trackboard.api.exports;

import dev.trackboard.api.ApiStream;
import java.io.Closeable;
import java.io.InputStream;

/**
 * A downloading export file, streamed from the API: read {@link #content} through, then close
 * (which releases the connection). Never a URL or a token: the caller relays the bytes.
 */
public final class ExportFile implements Closeable {

    private final ApiStream stream;

    ExportFile(ApiStream stream) {
        this.stream = stream;
    }

    public InputStream content() {
        return stream.body();
    }

    /** As the API sent it, e.g. {@code text/csv; charset=utf-8}. */
    public String contentType() {
        return stream.contentType();
    }

    /** Bytes, or -1 when unknown. */
    public long length() {
        return stream.contentLength();
    }

    @Override
    public void close() {
        stream.close();
    }
}
