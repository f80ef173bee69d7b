package dev.trackboard.api;

import dev.trackboard.api.audit.AuditClient;
import dev.trackboard.api.audit.AuditPage;
import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.TestHttp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark (not a test): an audit page of 50 through the real API client over HTTP, at row 0 and
 * at row 900,000 (the cursor there is found once by walking pages of 200), unfiltered and with the
 * actor and the action filter, against a running embedded-mode app with a million entries. Run by
 * bench/audit-paging.sh. Prints medians and p95 of interleaved rounds and the deep/shallow ratios.
 */
public final class AuditPagingBench {

    public static void main(String[] args) {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "18605");
        int rounds = Integer.parseInt(args.length > 1 ? args[1] : "300");
        long deepRow = Long.parseLong(args.length > 2 ? args[2] : "900000");
        String base = "http://localhost:" + port + "/api/v1";
        var api = new TrackboardProperties.Api(base, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(61),
                64L * 1024 * 1024);
        var properties = new TrackboardProperties(TrackboardProperties.Mode.PRODUCTION, Path.of("."), api,
                new TrackboardProperties.Discord("id", "secret", "a", "t", "u", "r", "x"));
        ApiCalls calls = new ApiCalls(properties, new LocalServerAddress(), new ApiHttpClientFactory().create(api),
                Clock.systemUTC());
        String discordToken = new DemoSignIn(new TestHttp(port), port).discordAccessToken("alice");
        ApiSession session = new SessionClient(calls).startSession(discordToken, "bench", "127.0.0.1");
        AuditClient client = new AuditClient(calls);
        GuildId acme = new GuildId("200000000000000001");

        long start = System.nanoTime();
        String cursor = null;
        long row = 0;
        while (row < deepRow) {
            AuditPage page = client.page(session, acme, AuditQuery.all(), cursor, (int) Math.min(200, deepRow - row));
            row += page.items().size();
            if (page.last()) {
                throw new IllegalStateException("only " + row + " entries; start the app with 1,000,000");
            }
            cursor = page.nextCursor();
        }
        String deepCursor = cursor;
        System.out.printf("walked to row %,d in pages of 200: %.1f s%n", row, (System.nanoTime() - start) / 1e9);

        List<AuditQuery> queries = List.of(AuditQuery.all(),
                new AuditQuery("100000000000000001", null, null, null, null, null),
                new AuditQuery(null, "ACCOUNT_UPDATED", null, null, null, null));
        List<String> labels = List.of("no filter", "actorId=alice", "action=ACCOUNT_UPDATED");
        for (int q = 0; q < queries.size(); q++) {
            AuditQuery query = queries.get(q);
            for (int i = 0; i < 50; i++) { // warm-up
                client.page(session, acme, query, null, 50);
                client.page(session, acme, query, deepCursor, 50);
            }
            List<Double> shallow = new ArrayList<>();
            List<Double> deep = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                shallow.add(time(() -> client.page(session, acme, query, null, 50)));
                deep.add(time(() -> client.page(session, acme, query, deepCursor, 50)));
            }
            System.out.printf("%s:%n", labels.get(q));
            report("  row 0", shallow);
            report("  row " + deepRow, deep);
            System.out.printf("  deep/shallow p50 ratio: %.2f, p95 ratio: %.2f%n",
                    percentile(deep, 50) / percentile(shallow, 50), percentile(deep, 95) / percentile(shallow, 95));
        }
    }

    private static double time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String label, List<Double> millis) {
        System.out.printf("%-14s limit 50, n=%d: p50 %.2f ms, p95 %.2f ms%n", label, millis.size(),
                percentile(millis, 50), percentile(millis, 95));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
