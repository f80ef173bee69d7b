package dev.trackboard.api;

import java.io.Closeable;
import java.io.InputStream;
import okhttp3.Response;

/**
 * A successful answer whose body is read as a stream (a download). Closing it releases the
 * connection; until then the caller holds one of the client's connections, so read it through.
 */
public final class ApiStream implements Closeable {

    private final Response response;

    ApiStream(Response response) {
        this.response = response;
    }

    public InputStream body() {
        return response.body().byteStream();
    }

    /** The media type as the API sent it, e.g. {@code text/csv; charset=utf-8}; null if none. */
    public String contentType() {
        return response.header("Content-Type");
    }

    /** The length in bytes, or -1 when the API did not say. */
    public long contentLength() {
        return response.body().contentLength();
    }

    @Override
    public void close() {
        response.close();
    }
}
