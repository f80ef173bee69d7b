package dev.trackboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import dev.trackboard.api.TrackingApiException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where screens make their API calls: on virtual threads, never while the UI holds the session
 * lock (docs/decisions/0006), with the signed-in user's security context carried along, and the
 * result applied to the UI inside {@code ui.access}. One scheduler for the node times the retries
 * of every UI: no thread or timer per UI.
 */
@Component
public class Background {

    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ui-retry-timer").factory());
    private final AtomicInteger running = new AtomicInteger();

    /** What a call produced, to be applied in the UI: the value or the failure. */
    public interface Outcome<T> {
        void apply(T value, RuntimeException failure);
    }

    /**
     * Runs {@code call} off the lock, then {@code outcome} in {@code ui}'s access (skipped when
     * the tab has closed meanwhile). Call from the UI thread.
     */
    public <T> void run(UI ui, Supplier<T> call, Outcome<T> outcome) {
        running.incrementAndGet();
        try {
            calls.execute(asCurrentUser(() -> {
                try {
                    T value;
                    try {
                        value = call.get();
                    } catch (RuntimeException failure) {
                        access(ui, () -> outcome.apply(null, failure));
                        return;
                    }
                    access(ui, () -> outcome.apply(value, null));
                } finally {
                    running.decrementAndGet();
                }
            }));
        } catch (RejectedExecutionException shuttingDown) {
            running.decrementAndGet();
        }
    }

    /**
     * Loads {@code call} off the lock and hands the value to {@code apply} in the UI; while the
     * service is not answering it tries again ({@link RetryDelay}) for as long as {@code wanted}
     * holds, telling {@code trouble} when it starts and stops failing. An ended session goes to
     * sign-in; NotFound (the guild may no longer be opened) stops quietly, since the access watch
     * replaces the page; anything else reaches the error handler.
     */
    public <T> void load(UI ui, Supplier<T> call, BooleanSupplier wanted, Consumer<Boolean> trouble,
                         Consumer<T> apply) {
        load(ui, call, wanted, trouble, apply, 0);
    }

    private <T> void load(UI ui, Supplier<T> call, BooleanSupplier wanted, Consumer<Boolean> trouble,
                          Consumer<T> apply, int failures) {
        run(ui, call, (value, failure) -> {
            if (!wanted.getAsBoolean()) {
                return;
            }
            switch (failure) {
                case null -> {
                    trouble.accept(false);
                    apply.accept(value);
                }
                case TrackingApiException.SessionEnded ended -> SessionExpiry.endAndSignIn(ui);
                case TrackingApiException.NotFound gone -> trouble.accept(false); // access lost: the guard shows not-found
                case TrackingApiException.Unavailable down -> retry(ui, call, wanted, trouble, apply, failures + 1, down);
                case TrackingApiException.RateLimited slow -> retry(ui, call, wanted, trouble, apply, failures + 1, slow);
                default -> throw failure;
            }
        });
    }

    private <T> void retry(UI ui, Supplier<T> call, BooleanSupplier wanted, Consumer<Boolean> trouble,
                           Consumer<T> apply, int failures, RuntimeException failure) {
        trouble.accept(true);
        later(ui, RetryDelay.after(failures, failure), () -> {
            if (wanted.getAsBoolean()) {
                load(ui, call, wanted, trouble, apply, failures);
            }
        });
    }

    /** Runs {@code command} in {@code ui}'s access after {@code delay}, from the node's one timer. */
    public void later(UI ui, Duration delay, Command command) {
        try {
            timer.schedule(asCurrentUser(() -> access(ui, command)), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // the node is stopping
        }
    }

    /** Calls whose outcome has not yet been handed to their UI (tests wait for zero). */
    public int callsInFlight() {
        return running.get();
    }

    /**
     * Carries the submitting thread's security context (the signed-in user) to the task. Taken
     * from the holder's strategy in force now, which Vaadin replaces at start-up, not at bean creation.
     */
    private static Runnable asCurrentUser(Runnable task) {
        return DelegatingSecurityContextRunnable.create(task, SecurityContextHolder.getContext());
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException tabClosed) {
            // nobody is looking any more
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        calls.shutdownNow();
    }
}
