package dev.trackboard.api;

import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackingClient;
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
 * Benchmark (not a test): server round trip of a posts page through the real API client over HTTP,
 * at row 0 and at row 900,000, against a running embedded-mode app. Run by bench/posts-paging.sh.
 * Prints medians and p95 of interleaved rounds, and the deep/shallow ratio.
 */
public final class PostsPagingBench {

    public static void main(String[] args) {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "8083");
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
        TrackingClient client = new TrackingClient(calls);
        GuildId acme = new GuildId("200000000000000001");
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
            shallow.add(time(() -> client.posts(session, acme, query, 0, 50)));
            deep.add(time(() -> client.posts(session, acme, query, deepRow, 50)));
        }
        report("row 0", shallow);
        report("row " + deepRow, deep);
        System.out.printf("deep/shallow p50 ratio: %.2f, p95 ratio: %.2f%n",
                percentile(deep, 50) / percentile(shallow, 50), percentile(deep, 95) / percentile(shallow, 95));
    }

    private static double time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String label, List<Double> millis) {
        System.out.printf("%-12s limit 50, n=%d: p50 %.2f ms, p95 %.2f ms%n", label, millis.size(),
                percentile(millis, 50), percentile(millis, 95));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
