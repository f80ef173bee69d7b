package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.tracking.ExportableLists;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs export jobs on a bounded executor: {@code workers} threads and a queue of
 * {@code queueCapacity}; a job that finds it full fails at once instead of waiting unseen.
 *
 * <p>Start-up step (before the web server takes requests): a job the database still shows as
 * queued or running has no worker any more — the process that had it is gone — so it is marked
 * failed with the reason and its partial file deleted. Not resumed: a file continued after a
 * restart would mix two states of the data, and the row would need a checkpoint flushed in step
 * with the file (docs/decisions/0120).
 */
@Component
@ConditionalOnEmbeddedMode
class ExportRunner implements SmartInitializingSingleton, DisposableBean {

    static final String RESTART_REASON = "The server restarted before the export finished; request it again.";
    static final String BUSY_REASON = "Too many exports are waiting on this server; request it again later.";
    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportableLists lists;
    private final ExportJobStore store;
    private final ExportFiles files;
    private final Clock clock;
    private final ExportProperties properties;
    private final ThreadPoolExecutor executor;
    private final Map<Long, ExportRun> active = new ConcurrentHashMap<>();

    ExportRunner(ExportableLists lists, ExportJobStore store, ExportFiles files, Clock clock,
                 ExportProperties properties) {
        this.lists = lists;
        this.store = store;
        this.files = files;
        this.clock = clock;
        this.properties = properties;
        this.executor = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                Thread.ofPlatform().name("export-worker-", 1).daemon().factory());
    }

    void submit(ExportJob job) {
        ExportRun run;
        try {
            run = new ExportRun(job, ExportSource.of(lists, job), store, files, clock, properties.retention(),
                    properties.rowPause());
        } catch (RuntimeException e) { // filters checked at the request no longer parse: nothing to write
            store.fail(job.id(), "The export's filters are no longer valid; request it again.", clock.instant());
            return;
        }
        active.put(job.id(), run);
        try {
            executor.execute(() -> {
                try {
                    run.run();
                } finally {
                    active.remove(job.id());
                }
            });
        } catch (RejectedExecutionException full) {
            active.remove(job.id());
            store.fail(job.id(), BUSY_REASON, clock.instant());
        }
    }

    /** Tells the job's worker to stop; the worker deletes the partial file. */
    void cancelled(long jobId) {
        ExportRun run = active.get(jobId);
        if (run != null) {
            run.stop.compareAndSet(null, ExportRun.Stop.CANCELLED);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        int failed = recover();
        if (failed > 0) {
            log.warn("{} export job(s) were left unfinished by the last run and are marked failed", failed);
        }
    }

    /** Marks every unfinished job that no worker of this process holds as failed; answers how many. */
    int recover() {
        int failed = 0;
        for (ExportJob job : store.unfinished()) {
            if (!active.containsKey(job.id()) && store.fail(job.id(), RESTART_REASON, clock.instant())) {
                files.delete(job);
                failed++;
            }
        }
        return failed;
    }

    @Override
    public void destroy() throws InterruptedException {
        // queued jobs stay QUEUED (the next start fails them); running ones stop at their next row. No
        // interrupt: H2 closes its file when a thread inside it is interrupted
        executor.getQueue().clear();
        active.values().forEach(run -> run.stop.compareAndSet(null, ExportRun.Stop.SHUTDOWN));
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
