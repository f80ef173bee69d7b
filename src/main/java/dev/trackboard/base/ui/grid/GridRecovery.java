package dev.trackboard.base.ui.grid;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.RetryDelay;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The error state of a lazy grid: when a page or count read fails because the API is not
 * answering, {@code trouble} hears {@code true} and the grid asks again by itself after
 * {@link RetryDelay} from the node's one timer; the first answer that arrives reports
 * {@code false}. Page reads are the one kind of call made under the session lock
 * (docs/decisions/0006), so they cannot wait in the background like other loads.
 */
final class GridRecovery {

    private final Grid<?> grid;
    private final Background background;
    private final Consumer<Boolean> trouble;
    private int failures;
    private boolean retryScheduled;

    GridRecovery(Grid<?> grid, Background background, Consumer<Boolean> trouble) {
        this.grid = grid;
        this.background = background;
        this.trouble = trouble;
    }

    /** Runs one read of the grid's data provider; on an outage answers {@code whenFailed}. */
    <T> T read(Supplier<T> call, T whenFailed) {
        try {
            T value = call.get();
            if (failures > 0) {
                failures = 0;
                trouble.accept(false);
            }
            return value;
        } catch (TrackingApiException.Unavailable | TrackingApiException.RateLimited failure) {
            failed(failure);
            return whenFailed;
        }
    }

    private void failed(TrackingApiException failure) {
        failures++;
        trouble.accept(true);
        UI ui = UI.getCurrent();
        if (!retryScheduled && ui != null) {
            retryScheduled = true;
            background.later(ui, RetryDelay.after(failures, failure), () -> {
                retryScheduled = false;
                if (grid.isAttached()) {
                    grid.getDataProvider().refreshAll();
                }
            });
        }
    }
}
