import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live heap of the server under test: {@code jcmd PID GC.class_histogram}, which runs a full GC first
 * and then counts what is still reachable. Each histogram is kept under the output folder, so two of
 * them can be compared class by class (what a UI is made of).
 */
final class Heap {

    record Histogram(String label, long totalBytes, Map<String, long[]> byClass) {
    }

    private final long pid;
    private final Path folder;

    Heap(long pid, Path folder) throws IOException {
        this.pid = pid;
        this.folder = Files.createDirectories(folder);
    }

    Histogram take(String label) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + text);
        }
        Files.writeString(folder.resolve("histogram-" + label + ".txt"), text);
        Map<String, long[]> byClass = new HashMap<>();
        long total = -1;
        for (String line : text.split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                byClass.merge(columns[3], new long[] {Long.parseLong(columns[1]), Long.parseLong(columns[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (columns.length >= 3 && columns[0].equals("Total")) {
                total = Long.parseLong(columns[2]);
            }
        }
        return new Histogram(label, total, byClass);
    }

    /** An HPROF dump of the live objects, to find what holds the big arrays. */
    Path dump(String label) throws IOException, InterruptedException {
        Path file = folder.toAbsolutePath().resolve("heap-" + label + ".hprof");
        Files.deleteIfExists(file);
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.heap_dump", file.toString()).redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + text);
        }
        return file;
    }

    /** The classes that grew most from {@code before} to {@code after}, per UI. */
    static String diff(Histogram before, Histogram after, int uis, int top) {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        after.byClass().forEach((name, now) -> {
            long[] then = before.byClass().getOrDefault(name, new long[2]);
            grown.add(Map.entry(name, new long[] {now[0] - then[0], now[1] - then[1]}));
        });
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%12s %12s %10s  %s%n",
                "bytes/UI", "objects/UI", "share", "class"));
        long delta = after.totalBytes() - before.totalBytes();
        for (Map.Entry<String, long[]> entry : grown.subList(0, Math.min(top, grown.size()))) {
            long[] d = entry.getValue();
            out.append(String.format(Locale.ROOT, "%12.0f %12.1f %9.1f%%  %s%n", (double) d[1] / uis,
                    (double) d[0] / uis, 100.0 * d[1] / Math.max(1, delta), entry.getKey()));
        }
        return out.toString();
    }
}
