package dev.trackboard.api;

import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackingClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (not a test): server round trip of a posts page through the real API client over HTTP,
 * at row 0 and at row 900,000, against a running embedded-mode app. Run by bench/posts-paging.sh.
 * Prints medians and p95 of interleaved rounds, and the deep/shallow ratio.
 */
public final class PostsPagingBench {

    public static void main(String[] args) {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "8083");
        int rounds = Integer.parseInt(args.length > 1 ? args[1] : "300");
        long deepRow = Long.parseLong(args.length > 2 ? args[2] : "900000");
        BenchSignIn bench = BenchSignIn.alice(port, 64L * 1024 * 1024);
        ApiSession session = bench.alice();
        TrackingClient client = new TrackingClient(bench.calls());
        GuildId acme = BenchSignIn.ACME;
        PostQuery.Sort sort = PostQuery.Sort.valueOf(args.length > 3 ? args[3] : "POSTED_AT");
        PostQuery query = new PostQuery(null, null, null, null, null, null, sort, true);

        long start = System.nanoTime();
        long total = client.posts(session, acme, query, 0, 0).total();
        double first = (System.nanoTime() - start) / 1e6;
        System.out.printf("posts: %,d, sort %s desc; first call of this query (count + paging anchors, "
                + "unless cached by an earlier run): %.1f ms%n", total, sort, first);
        for (int i = 0; i < 50; i++) { // warm-up
            client.posts(session, acme, query, 0, 50);
            client.posts(session, acme, query, deepRow, 50);
        }
        List<Double> shallow = new ArrayList<>();
        List<Double> deep = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            shallow.add(Latencies.millis(() -> client.posts(session, acme, query, 0, 50)));
            deep.add(Latencies.millis(() -> client.posts(session, acme, query, deepRow, 50)));
        }
        Latencies.report("row 0", shallow);
        Latencies.report("row " + deepRow, deep);
        Latencies.ratios(deep, shallow, "");
    }
}
