package dev.trackboard.api;

import dev.trackboard.api.audit.AuditClient;
import dev.trackboard.api.audit.AuditPage;
import dev.trackboard.api.audit.AuditQuery;
import java.util.ArrayList;
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
        BenchSignIn bench = BenchSignIn.alice(port, 64L * 1024 * 1024);
        ApiSession session = bench.alice();
        AuditClient client = new AuditClient(bench.calls());
        GuildId acme = BenchSignIn.ACME;

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
                shallow.add(Latencies.millis(() -> client.page(session, acme, query, null, 50)));
                deep.add(Latencies.millis(() -> client.page(session, acme, query, deepCursor, 50)));
            }
            System.out.printf("%s:%n", labels.get(q));
            Latencies.report("  row 0", shallow);
            Latencies.report("  row " + deepRow, deep);
            Latencies.ratios(deep, shallow, "  ");
        }
    }
}
