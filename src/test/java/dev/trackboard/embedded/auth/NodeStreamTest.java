package dev.trackboard.embedded.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** One node's sender: a catch-up past a page loses nothing, no end comes twice, a lagging node is cut off. */
class NodeStreamTest {

    /** Ends 1 … 25 in the table. */
    private final List<ApiSessionEnded> table = LongStream.rangeClosed(1, 25).mapToObj(NodeStreamTest::end).toList();
    private final NodeStream.Ends ends = (since, limit) -> table.stream()
            .filter(ended -> ended.sequence() > since).limit(limit).toList();

    @Test
    void aCatchUpLongerThanAPageSendsEveryEndInOrderThenWhatIsToldWithoutRepeats() throws Exception {
        RecordingEmitter emitter = new RecordingEmitter(null);
        NodeStream stream = new NodeStream(emitter, 100, ends, 10, 3, null);
        // told while the catch-up still runs: 24 and 25 are in the table too
        stream.tell(end(24));
        stream.tell(end(25));
        stream.tell(end(26));
        stream.start();

        List<Long> sent = emitter.ids(23);
        assertThat(sent).isEqualTo(LongStream.rangeClosed(4, 26).boxed().toList());
        assertThat(emitter.sent.poll(200, TimeUnit.MILLISECONDS)).as("nothing more").isNull();
        stream.close();
    }

    @Test
    void aNodeWithoutHistoryGetsItsCursorFirstAndOnlyLaterEnds() throws Exception {
        RecordingEmitter emitter = new RecordingEmitter(null);
        NodeStream stream = new NodeStream(emitter, 100, ends, 10, 25,
                SseEmitter.event().name("cursor").id("25").data("{}"));
        stream.tell(end(26));
        stream.start();

        assertThat(emitter.sent.poll(5, TimeUnit.SECONDS)).contains("event:cursor").contains("id:25");
        assertThat(emitter.ids(1)).containsExactly(26L);
        stream.close();
    }

    @Test
    void aNodeThatFallsBehindIsCutOffWhileWhoeverTellsItNeverWaits() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        RecordingEmitter emitter = new RecordingEmitter(stuck);
        NodeStream stream = new NodeStream(emitter, 2, ends, 10, 25,
                SseEmitter.event().name("cursor").id("25").data("{}"));
        stream.start();

        // the sender hangs on the first send; telling returns at once, and the third is one too many
        for (long sequence = 26; sequence <= 29; sequence++) {
            stream.tell(end(sequence));
        }

        assertThat(emitter.completed.await(5, TimeUnit.SECONDS)).as("cut off").isTrue();
        stuck.countDown();
    }

    private static ApiSessionEnded end(long sequence) {
        return new ApiSessionEnded("session-" + sequence, "100000000000000001", ApiSessionEnded.Reason.LOGOUT, sequence);
    }

    /** Records what would go out; with a latch, the first send hangs until it opens (a stuck node). */
    private static final class RecordingEmitter extends SseEmitter {
        final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
        final CountDownLatch completed = new CountDownLatch(1);
        private final CountDownLatch stuck;

        RecordingEmitter(CountDownLatch stuck) {
            super(0L);
            this.stuck = stuck;
        }

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (stuck != null) {
                try {
                    stuck.await();
                } catch (InterruptedException interrupted) {
                    throw new IOException(interrupted);
                }
            }
            sent.add(event.build().stream().map(part -> part.getData().toString()).collect(Collectors.joining()));
        }

        @Override
        public void complete() {
            completed.countDown();
        }

        List<Long> ids(int count) throws InterruptedException {
            List<Long> ids = new java.util.ArrayList<>();
            while (ids.size() < count) {
                String event = sent.poll(5, TimeUnit.SECONDS);
                assertThat(event).as("event " + (ids.size() + 1) + " of " + count).isNotNull();
                assertThat(event).contains("event:ended");
                ids.add(Long.parseLong(event.replaceAll("(?s).*id:(\\d+).*", "$1")));
            }
            return ids;
        }
    }
}
