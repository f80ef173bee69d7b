package dev.trackboard.base.ui.grid;

/**
 * A screen's filter record ⇄ its query parameters, the one place that names them. {@link #read}
 * uses only {@link UrlState}'s checked readers, so a value it cannot use is simply not set.
 */
public interface UrlCodec<F> {

    F read(UrlState url);

    void write(F filter, UrlState url);
}
