package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnectionFactory;
import java.lang.ref.WeakReference;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.AtmosphereResourceEvent;
import org.atmosphere.cpr.AtmosphereResourceEventListener;
import org.atmosphere.cpr.Broadcaster;
import org.junit.jupiter.api.Test;

/** A pushed message is not kept by the UI once it is out, and a disconnect still waits for one that is not. */
class SentMessageReleasingPushConnectionTest {

    @Test
    void vaadinsBootstrapFindsTheFactory() {
        assertThat(ServiceLoader.load(PushConnectionFactory.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(LightPushConnections.class);
        assertThat(new LightPushConnections().apply(new UI())).isInstanceOf(SentMessageReleasingPushConnection.class);
    }

    @Test
    void aDeliveredMessageIsLetGo() {
        AtomicReference<CompletableFuture<Object>> delivering = new AtomicReference<>();
        SentMessageReleasingPushConnection connection = connected(delivering);

        connection.sendMessage("for(;;);[{\"rows\":\"" + "x".repeat(25_000) + "\"}]");
        WeakReference<CompletableFuture<Object>> sent = new WeakReference<>(delivering.getAndSet(null));
        sent.get().complete(null); // written; Atmosphere lets go of it

        for (int i = 0; i < 50 && sent.get() != null; i++) {
            System.gc();
        }
        assertThat(sent.get()).as("the sent message's future, kept only by the connection").isNull();
    }

    @Test
    void theResourceEventLetsGoOfTheMessageOnceItIsWritten() {
        AtomicReference<AtmosphereResourceEventListener> listener = new AtomicReference<>();
        AtmosphereResource resource = mock(AtmosphereResource.class);
        doAnswer(call -> {
            listener.set(call.getArgument(0));
            return resource;
        }).when(resource).addEventListener(any());
        new SentMessageReleasingPushConnection(new UI()).connect(resource);
        AtmosphereResourceEvent written = mock(AtmosphereResourceEvent.class);

        listener.get().onBroadcast(written); // Atmosphere, after the handler wrote the event's message

        verify(written).setMessage(null);
    }

    @Test
    void aDisconnectWaitsForAMessageStillOnItsWay() {
        AtomicBoolean waited = new AtomicBoolean();
        AtomicReference<CompletableFuture<Object>> delivering = new AtomicReference<>();
        SentMessageReleasingPushConnection connection = connected(delivering, () -> new CompletableFuture<>() {
            @Override
            public Object get(long timeout, TimeUnit unit) {
                waited.set(true);
                return null;
            }
        });

        connection.sendMessage("for(;;);[{}]");
        connection.disconnect(); // Atmosphere still holds the future in `delivering`

        assertThat(waited).isTrue();
    }

    private static SentMessageReleasingPushConnection connected(AtomicReference<CompletableFuture<Object>> delivering) {
        return connected(delivering, CompletableFuture::new);
    }

    private static SentMessageReleasingPushConnection connected(AtomicReference<CompletableFuture<Object>> delivering,
                                                                java.util.function.Supplier<CompletableFuture<Object>> futures) {
        // stub-only mocks: a recording mock would keep the broadcast message itself
        Broadcaster broadcaster = mock(Broadcaster.class, withSettings().stubOnly());
        when(broadcaster.broadcast(any(), any(AtmosphereResource.class))).thenAnswer(call -> {
            CompletableFuture<Object> future = futures.get();
            delivering.set(future);
            return future;
        });
        AtmosphereResource resource = mock(AtmosphereResource.class, withSettings().stubOnly());
        when(resource.getBroadcaster()).thenReturn(broadcaster);
        SentMessageReleasingPushConnection connection = new SentMessageReleasingPushConnection(new UI());
        connection.connect(resource);
        return connection;
    }
}
