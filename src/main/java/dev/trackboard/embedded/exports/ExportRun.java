package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.tracking.ExportColumns;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job's run on a worker: rows from the list, one at a time, into {@code .part}; progress every
 * {@value #PROGRESS_EVERY} rows and, for a slow run, at least every {@link #PROGRESS_AT_LEAST} (so
 * that the screen's bar and its estimate of time left move for a slow list too); the complete file
 * renamed into place, then the job marked done.
 * A stop (cancel, shutdown, or the row no longer RUNNING) deletes the partial file.
 */
final class ExportRun implements Runnable {

    /** Why a run ends early; set from other threads. */
    enum Stop { CANCELLED, SHUTDOWN }

    static final int PROGRESS_EVERY = 1_000;
    static final Duration PROGRESS_AT_LEAST = Duration.ofSeconds(1);
    static final String SHUTDOWN_REASON = "The server stopped before the export finished; request it again.";
    private static final Logger log = LoggerFactory.getLogger(ExportRun.class);

    private final ExportJob job;
    private final ExportSource source;
    private final ExportJobStore store;
    private final ExportFiles files;
    private final Clock clock;
    private final Duration retention;
    private final Duration rowPause;
    final AtomicReference<Stop> stop = new AtomicReference<>();

    ExportRun(ExportJob job, ExportSource source, ExportJobStore store, ExportFiles files, Clock clock,
              Duration retention) {
        this(job, source, store, files, clock, retention, Duration.ZERO);
    }

    /** @param rowPause slept after every row (ExportProperties#rowPause: tests and demos only) */
    ExportRun(ExportJob job, ExportSource source, ExportJobStore store, ExportFiles files, Clock clock,
              Duration retention, Duration rowPause) {
        this.job = job;
        this.source = source;
        this.store = store;
        this.files = files;
        this.clock = clock;
        this.retention = retention;
        this.rowPause = rowPause;
    }

    @Override
    public void run() {
        if (!store.start(job.id(), clock.instant())) {
            return; // cancelled while it waited for a worker
        }
        try {
            long rows = write();
            if (stop.get() != null) {
                ended();
                return;
            }
            long bytes = Files.size(files.publish(job));
            Instant finished = clock.instant();
            if (!store.succeed(job.id(), rows, bytes, finished, finished.plus(retention))) {
                files.delete(job); // cancelled between the last row and now
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Export job {} of guild {} failed", job.id(), job.guildId(), e);
            files.delete(job);
            store.fail(job.id(), "The export could not be written (" + e.getClass().getSimpleName()
                    + "); request it again.", clock.instant());
        }
    }

    private long write() throws IOException {
        Path partial = files.createPartial(job);
        long[] rows = {0};
        // monotonic time: this only paces database writes, the job's times come from the clock
        long[] lastProgress = {System.nanoTime()};
        try (CountingStream counted = new CountingStream(Files.newOutputStream(partial));
             ExportWriter writer = job.format().open(new BufferedOutputStream(counted, 64 * 1024),
                     ExportColumns.of(job.type()), job.bom())) {
            long total = source.total();
            if (!store.progress(job.id(), total, 0, 0)) {
                stop.compareAndSet(null, Stop.CANCELLED);
            }
            source.forEach(values -> {
                if (stop.get() != null) {
                    return false;
                }
                try {
                    writer.row(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                pause();
                if (++rows[0] % PROGRESS_EVERY == 0 || System.nanoTime() - lastProgress[0] >= PROGRESS_AT_LEAST.toNanos()) {
                    lastProgress[0] = System.nanoTime();
                    if (!store.progress(job.id(), null, rows[0], counted.count)) {
                        stop.compareAndSet(null, Stop.CANCELLED); // the row says so, whoever cancelled it
                    }
                }
                return true;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    private void pause() {
        if (rowPause.isZero()) {
            return;
        }
        try {
            Thread.sleep(rowPause);
        } catch (InterruptedException e) {
            // stop as a shutdown does; the flag is not set again: H2 closes its file when a thread
            // inside it is interrupted, and this thread still records the end (ExportRunner#destroy)
            stop.compareAndSet(null, Stop.SHUTDOWN);
        }
    }

    private void ended() {
        files.delete(job);
        if (stop.get() == Stop.SHUTDOWN) {
            store.fail(job.id(), SHUTDOWN_REASON, clock.instant());
        }
    }

    /** Bytes that reached the file (under the buffer), for the job's progress. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
