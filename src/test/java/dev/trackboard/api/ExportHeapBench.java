package dev.trackboard.api;

import dev.trackboard.api.exports.ExportClient;
import dev.trackboard.api.exports.ExportFile;
import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportRequest;
import dev.trackboard.api.exports.ExportType;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark (not a test): one export of all of Acme Creators' posts through the real client, against
 * a running embedded app started by bench/export-heap.sh, printing the job's progress once a second
 * (the script samples the app's heap beside it) and the time to SUCCEEDED, then downloads the file
 * as a stream and counts its lines. Args: port, format (CSV or NDJSON).
 */
public final class ExportHeapBench {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "18320");
        ExportFormat format = ExportFormat.valueOf(args.length > 1 ? args[1] : "CSV");
        BenchSignIn bench = BenchSignIn.alice(port, 4L * 1024 * 1024);
        ApiSession session = bench.alice();
        ExportClient client = new ExportClient(bench.calls());
        GuildId acme = BenchSignIn.ACME;

        long started = System.nanoTime();
        ExportJob job = client.request(session, acme, new ExportRequest(ExportType.POSTS, format, false, Map.of()),
                UUID.randomUUID().toString());
        long deadline = started + java.util.concurrent.TimeUnit.MINUTES.toNanos(30);
        while (job.status().unfinished()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the export did not finish within 30 minutes: " + job);
            }
            Thread.sleep(1000); // the progress line's interval; the loop awaits the job's end
            job = client.job(session, acme, job.id());
            System.out.printf("progress %.1f s: %,d of %s rows, %,d bytes%n", (System.nanoTime() - started) / 1e9,
                    job.rowsDone(), job.rowsTotal() == null ? "?" : String.format("%,d", job.rowsTotal()), job.bytes());
        }
        System.out.printf("job %d %s after %.1f s: %,d rows, %,d bytes%n", job.id(), job.status(),
                (System.nanoTime() - started) / 1e9, job.rowsDone(), job.bytes());
        long lines = 0;
        long downloadStarted = System.nanoTime();
        try (ExportFile file = client.download(session, acme, job.id()); InputStream in = file.content()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        System.out.printf("downloaded %,d lines in %.1f s%n", lines, (System.nanoTime() - downloadStarted) / 1e9);
        long expected = job.rowsDone() + (format == ExportFormat.CSV ? 1 : 0); // CSV has a header line
        if (lines != expected) {
            throw new IllegalStateException("the file has " + lines + " lines for " + job.rowsDone() + " rows");
        }
    }
}
