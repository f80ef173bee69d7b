package dev.trackboard.config;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.AtmosphereResourceEvent;
import org.atmosphere.cpr.AtmosphereResourceEventListenerAdapter;

/**
 * Vaadin's push connection without its copy of the last message (docs/decisions/0090). Vaadin keeps
 * the future of every pushed message until the next one, only so that a disconnect can wait for it
 * to go out; the future holds the whole message — on the posts screen the first page of rows, about
 * 25,000 characters, 50 KB as a UTF-16 string — for as long as the tab stays idle. Here the field
 * holds the future weakly: while Atmosphere still has the message queued it holds the future itself,
 * so a disconnect waits exactly as before; once it is written, nothing keeps it. Atmosphere keeps a
 * second copy: the resource's event holds the message it last wrote (the handler reads it from
 * there) until the next one — 29 KiB per posts UI on average at N = 200 (docs/performance.md); it is
 * cleared once the write is over, when Atmosphere tells the resource's listeners of the broadcast.
 */
public class SentMessageReleasingPushConnection extends AtmospherePushConnection {

    private static final VarHandle OUTGOING_MESSAGE;

    static {
        try {
            OUTGOING_MESSAGE = MethodHandles.privateLookupIn(AtmospherePushConnection.class, MethodHandles.lookup())
                    .findVarHandle(AtmospherePushConnection.class, "outgoingMessage", Future.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("Vaadin's AtmospherePushConnection changed: " + e);
        }
    }

    public SentMessageReleasingPushConnection(UI ui) {
        super(ui);
    }

    @Override
    public void connect(AtmosphereResource resource) {
        super.connect(resource);
        resource.addEventListener(new WrittenMessageReleaser());
    }

    @Override
    protected void sendMessage(String message) {
        super.sendMessage(message);
        @SuppressWarnings("unchecked")
        Future<Object> sent = (Future<Object>) OUTGOING_MESSAGE.get(this);
        if (sent != null) {
            OUTGOING_MESSAGE.set(this, new WeaklyHeld(sent));
        }
    }

    /**
     * Told after the message was written (Atmosphere's {@code executeAsyncWrite}, in its finally);
     * nothing after it reads the event's message — the broadcaster's cache works from its own token.
     */
    static final class WrittenMessageReleaser extends AtmosphereResourceEventListenerAdapter {

        @Override
        public void onBroadcast(AtmosphereResourceEvent event) {
            event.setMessage(null);
        }
    }

    /** A future that is done once the real one has been let go by whoever was delivering it. */
    static final class WeaklyHeld implements Future<Object> {

        private final WeakReference<Future<Object>> sent;

        WeaklyHeld(Future<Object> sent) {
            this.sent = new WeakReference<>(sent);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            Future<Object> future = sent.get();
            return future != null && future.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            Future<Object> future = sent.get();
            return future != null && future.isCancelled();
        }

        @Override
        public boolean isDone() {
            Future<Object> future = sent.get();
            return future == null || future.isDone();
        }

        @Override
        public Object get() throws InterruptedException, ExecutionException {
            Future<Object> future = sent.get();
            return future == null ? null : future.get();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            Future<Object> future = sent.get();
            return future == null ? null : future.get(timeout, unit);
        }
    }
}
