package dev.trackboard.audit;

import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Offset/limit windows (what a lazy grid asks for) over the API's keyset pages. It remembers the
 * cursor at every row position a page ended on, so scrolling on starts from the nearest known
 * position instead of the top; a jump far ahead walks there in pages of the API's maximum size.
 * One instance per grid and query; thread-safe, since grid fetches and background loads may overlap.
 */
public final class AuditRows {

    /** Reads one keyset page: (cursor or null, limit). */
    @FunctionalInterface
    interface PageReader {
        AuditPage read(String cursor, int limit);
    }

    private final PageReader reader;
    private final int maxPage;
    /** Row position → cursor that continues at that row; 0 → null (the newest entry). */
    private final TreeMap<Long, String> cursors = new TreeMap<>(Map.of(0L, ""));
    /** The number of rows, once a last page was seen; -1 before. */
    private long size = -1;

    AuditRows(PageReader reader, int maxPage) {
        this.reader = reader;
        this.maxPage = maxPage;
    }

    /** The entries at [offset, offset + limit), fewer at the end of the trail. */
    public synchronized List<AuditEntry> fetch(long offset, int limit) {
        List<AuditEntry> rows = new ArrayList<>(limit);
        long end = offset + limit;
        Map.Entry<Long, String> start = cursors.floorEntry(offset);
        long at = start.getKey();
        String cursor = start.getValue().isEmpty() ? null : start.getValue();
        while (at < end && (size < 0 || at < size)) {
            int wanted = (int) Math.min(maxPage, end - at);
            AuditPage page = reader.read(cursor, wanted);
            for (AuditEntry entry : page.items()) {
                if (at >= offset && at < end) {
                    rows.add(entry);
                }
                at++;
            }
            if (page.last()) {
                size = at;
                break;
            }
            cursor = page.nextCursor();
            cursors.put(at, cursor);
        }
        return rows;
    }

    /** The number of rows when known (the last page was read), else -1. */
    public synchronized long knownSize() {
        return size;
    }
}
