package dev.trackboard.config;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Frees the UIs of tabs that went away without saying so (closed without an unload, browser killed,
 * network lost), within about three heartbeat intervals (docs/decisions/0080). Vaadin closes a UI
 * that missed three heartbeats only at the end of a request of the same session: a session whose
 * last tab is gone sends none, so its UIs (and their status subscriptions and access re-checks) would
 * stay until the HTTP session times out. Every {@code trackboard.ui.sweep-interval} this applies
 * Vaadin's rule ({@link VaadinService#isUIActive}) to each open session and closes and removes the
 * UIs that fail it, inside {@code session.access} (no API call is made there). The session itself is
 * left to the session rules (0041): heartbeats still do not count as activity.
 *
 * <p>Also counts open UIs for the {@code trackboard.ui.open} gauge.
 */
@Component
class AbandonedUiSweeper implements VaadinServiceInitListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUiSweeper.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger openUis = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("abandoned-ui-sweeper").daemon().factory());

    AbandonedUiSweeper(@Value("${trackboard.ui.sweep-interval:20s}") Duration interval,
                       ObjectProvider<MeterRegistry> meters) {
        meters.ifAvailable(registry -> Gauge.builder("trackboard.ui.open", openUis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) held by this node").register(registry));
        timer.scheduleWithFixedDelay(this::sweepNow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
        service.addUIInitListener(init -> {
            openUis.incrementAndGet();
            init.getUI().addDetachListener(detach -> openUis.decrementAndGet());
        });
    }

    private void sweepNow() {
        try {
            sweep(System.currentTimeMillis());
        } catch (RuntimeException e) {
            log.warn("Sweeping abandoned UIs failed; trying again at the next interval", e); // a throw would end the timer
        }
    }

    /**
     * Closes and removes, in every open session, the UIs whose heartbeats stopped as of {@code now}
     * (epoch milliseconds: Vaadin stamps heartbeats with the system clock). Returns the queued
     * session tasks.
     */
    List<Future<Void>> sweep(long now) {
        List<Future<Void>> tasks = new ArrayList<>();
        for (VaadinSession session : sessions) {
            tasks.add(session.access(() -> closeAbandoned(session, now)));
        }
        return tasks;
    }

    private static void closeAbandoned(VaadinSession session, long now) {
        long timeout = heartbeatTimeoutMillis(session.getService());
        if (session.getState() != VaadinSessionState.OPEN || timeout < 0) {
            return; // closing anyway; or heartbeats are off, and Vaadin never closes a UI for missing them
        }
        for (UI ui : List.copyOf(session.getUIs())) {
            if (ui.isClosing() || now - ui.getInternals().getLastHeartbeatTimestamp() >= timeout) {
                // as Vaadin's own cleanup does it: with the UI as the current one, for its detach listeners
                ui.accessSynchronously(() -> {
                    ui.close();
                    session.removeUI(ui);
                });
            }
        }
    }

    /** Vaadin's rule (VaadinService.isUIActive): three missed heartbeats, with 10 % slack. */
    static long heartbeatTimeoutMillis(VaadinService service) {
        return (long) (service.getDeploymentConfiguration().getHeartbeatInterval() * 3.1 * 1000);
    }

    int openUis() {
        return openUis.get();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
