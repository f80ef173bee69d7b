package dev.trackboard.base.ui.grid;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A screen's filter record ⇄ its query parameters, the one place that names them. {@link #read}
 * uses only {@link UrlState}'s checked readers, so a value it cannot use is simply not set.
 */
public interface UrlCodec<F> {

    F read(UrlState url);

    void write(F filter, UrlState url);

    static <F> UrlCodec<F> of(Function<UrlState, F> read, BiConsumer<F, UrlState> write) {
        return new UrlCodec<>() {
            @Override
            public F read(UrlState url) {
                return read.apply(url);
            }

            @Override
            public void write(F filter, UrlState url) {
                write.accept(filter, url);
            }
        };
    }
}
