package dev.trackboard.api.status;

/** An open status stream; closing it never calls the listener again. */
public interface StatusStream extends AutoCloseable {

    @Override
    void close();
}
