import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Grid scrolls under load: jumps of the posts grid to random rows, each one UIDL round trip of
 * {@code setViewportRange} (the answer carries the rows), then its {@code confirmUpdate}. The range is
 * the one gridConnector.ts asks for when 20 rows are visible: the visible rows plus as many again on
 * each side, rounded out to whole pages of 50.
 */
final class GridScrolls {

    static final int PAGE = 50;
    static final int VISIBLE_ROWS = 20;

    private final List<Tab> tabs;
    private final int scrolls;
    private final int clients;

    GridScrolls(List<Tab> tabs, int scrolls, int clients) {
        this.tabs = tabs;
        this.scrolls = scrolls;
        this.clients = clients;
    }

    void run() throws Exception {
        double[] millis = new double[scrolls];
        AtomicInteger next = new AtomicInteger();
        Random random = new Random(9);
        long started = System.nanoTime();
        UiLoad.parallel(clients, client -> {
            for (int k = next.getAndIncrement(); k < scrolls; k = next.getAndIncrement()) {
                Tab tab = tabs.get(k % tabs.size());
                int row;
                synchronized (random) {
                    row = random.nextInt(Math.max(1, tab.gridSize));
                }
                int first = Math.max(row - VISIBLE_ROWS, 0) / PAGE;
                int last = Math.min(row + 2 * VISIBLE_ROWS, tab.gridSize) / PAGE;
                millis[k] = tab.scrollGrid(first * PAGE, (last - first + 1) * PAGE) / 1e6;
            }
        });
        System.out.printf("grid scroll UIDL round trip (%d scrolls, %d at a time, %d UIs open): %s; %.0f scrolls/s%n",
                scrolls, clients, tabs.size(), Stats.summary(millis), scrolls / ((System.nanoTime() - started) / 1e9));
    }
}
