package dev.trackboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.audit.AuditActor;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditPage;
import dev.trackboard.api.audit.AuditTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Grid windows over keyset pages: the same rows as the whole list, and scrolling on reads each page once. */
class AuditRowsTest {

    private static final List<AuditEntry> TRAIL = LongStream.rangeClosed(1, 1_000).map(n -> 1_001 - n)
            .mapToObj(id -> new AuditEntry(id, new AuditActor("100000000000000001", "Alice", null), "ACCOUNT_UPDATED",
                    new AuditTarget("ACCOUNT", "1", "a"), Instant.EPOCH.plusSeconds(id), List.of(), null, null))
            .toList();

    private final List<String> reads = new ArrayList<>();

    /** The trail as the API pages it: the cursor is the position to continue at. */
    private AuditPage read(String cursor, int limit) {
        reads.add(cursor + "/" + limit);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(TRAIL.size(), from + limit);
        return new AuditPage(TRAIL.subList(from, to), to < TRAIL.size() ? String.valueOf(to) : null);
    }

    @Test
    void anyWindowHoldsTheRowsAtThosePositions() {
        AuditRows rows = new AuditRows(this::read, 200);
        for (long[] window : new long[][] {{0, 50}, {950, 100}, {37, 13}, {500, 200}, {199, 3}, {999, 10}, {1000, 5}}) {
            List<AuditEntry> expected = TRAIL.subList((int) Math.min(1000, window[0]),
                    (int) Math.min(1000, window[0] + window[1]));
            assertThat(rows.fetch(window[0], (int) window[1])).as("%d + %d", window[0], window[1])
                    .containsExactlyElementsOf(expected);
        }
        assertThat(rows.knownSize()).isEqualTo(1000);
    }

    @Test
    void scrollingOnContinuesFromTheLastPageInsteadOfTheTop() {
        AuditRows rows = new AuditRows(this::read, 200);
        for (int offset = 0; offset < 300; offset += 50) {
            rows.fetch(offset, 50);
        }
        assertThat(reads).containsExactly("null/50", "50/50", "100/50", "150/50", "200/50", "250/50");
        assertThat(rows.knownSize()).isEqualTo(-1);
    }
}
