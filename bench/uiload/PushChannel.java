import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A tab's push websocket as Atmosphere's client (vaadinPush.js 4.0, {@code trackMessageLength} and
 * {@code enableProtocol} on, as Vaadin configures it) speaks it: messages framed {@code length|payload}
 * that may span websocket messages; the first one is the handshake {@code trackingId|heartbeat ms|padding};
 * the padding alone is a keep-alive, sent by the browser every heartbeat interval and by the server.
 */
final class PushChannel implements WebSocket.Listener {

    private final BiConsumer<String, Long> onMessage;
    private final StringBuilder frame = new StringBuilder();
    private final StringBuilder stream = new StringBuilder();
    private final CountDownLatch handshake = new CountDownLatch(1);
    private volatile String padding = "X";
    private volatile long heartbeatMillis;
    private volatile boolean closing;
    private WebSocket socket;

    /** {@code onMessage} gets each message and the System.nanoTime() its websocket message arrived. */
    PushChannel(BiConsumer<String, Long> onMessage) {
        this.onMessage = onMessage;
    }

    void connect(HttpClient client, URI uri, String cookie) throws InterruptedException {
        socket = client.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(uri, this).join();
        if (!handshake.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no Atmosphere handshake on the push channel");
        }
    }

    long heartbeatMillis() {
        return heartbeatMillis;
    }

    void keepAlive() {
        if (socket != null && !closing) {
            socket.sendText(padding, true);
        }
    }

    /** The server is about to close it (the tab sent its unload): not worth a message. */
    void expectClose() {
        closing = true;
    }

    void close() {
        closing = true;
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }
    }

    /** The connection just drops (crash, killed browser, lost network): no close frame. */
    void abort() {
        closing = true;
        if (socket != null) {
            socket.abort();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        frame.append(data);
        if (last) {
            String text = frame.toString();
            frame.setLength(0);
            long receivedAt = System.nanoTime();
            try {
                stream.append(text);
                drain(receivedAt);
            } catch (RuntimeException e) {
                System.err.println("push message not understood (" + e + "): " + Tab.abbreviate(text));
                stream.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    private void drain(long receivedAt) {
        while (true) {
            int bar = stream.indexOf("|");
            if (bar < 0) {
                return;
            }
            int length = Integer.parseInt(stream.substring(0, bar).strip());
            if (stream.length() < bar + 1 + length) {
                return; // the rest comes in the next websocket message
            }
            String message = stream.substring(bar + 1, bar + 1 + length);
            stream.delete(0, bar + 1 + length);
            if (handshake.getCount() > 0 && message.split("\\|").length >= 3) {
                String[] parts = message.split("\\|");
                heartbeatMillis = Long.parseLong(parts[1].strip());
                padding = parts[2];
                handshake.countDown();
            } else if (!message.equals(padding) && !message.isBlank()) {
                onMessage.accept(message, receivedAt);
            }
        }
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            System.err.println("push closed by the server: " + statusCode + " " + reason);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing) {
            System.err.println("push error: " + error);
        }
    }
}
