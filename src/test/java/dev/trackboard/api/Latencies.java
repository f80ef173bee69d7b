package dev.trackboard.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The paging benchmarks' figures: one call's time, and the median and p95 of a round's. */
final class Latencies {

    private Latencies() {
    }

    static double millis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    static void report(String label, List<Double> millis) {
        System.out.printf("%-14s limit 50, n=%d: p50 %.2f ms, p95 %.2f ms%n", label, millis.size(),
                percentile(millis, 50), percentile(millis, 95));
    }

    /** The deep/shallow ratios that say whether a page's cost grows with its depth. */
    static void ratios(List<Double> deep, List<Double> shallow, String indent) {
        System.out.printf("%sdeep/shallow p50 ratio: %.2f, p95 ratio: %.2f%n", indent,
                percentile(deep, 50) / percentile(shallow, 50), percentile(deep, 95) / percentile(shallow, 95));
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
