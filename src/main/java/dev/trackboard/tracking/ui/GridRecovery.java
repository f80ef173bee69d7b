package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.RetryDelay;
import java.util.function.Supplier;

/**
 * The error state of a lazy grid: when a page or count read fails, the banner shows, the grid's
 * empty text says the list could not be loaded (never "no matches"), and the grid asks again by
 * itself after {@link RetryDelay} from the node's one timer; the first answer that arrives clears
 * it all. Page reads are the one kind of call made under the session lock (docs/decisions/0006).
 */
final class GridRecovery {

    private final Grid<?> grid;
    private final LoadFailure banner;
    private final Background background;
    private final String emptyText;
    private final String failedText;
    private int failures;
    private boolean retryScheduled;

    GridRecovery(Grid<?> grid, LoadFailure banner, Background background, String emptyText, String failedText) {
        this.grid = grid;
        this.banner = banner;
        this.background = background;
        this.emptyText = emptyText;
        this.failedText = failedText;
        grid.setEmptyStateText(emptyText);
    }

    /** Runs one read of the grid's data provider; on failure answers {@code whenFailed}. */
    <T> T read(Supplier<T> call, T whenFailed) {
        try {
            T value = call.get();
            if (failures > 0) {
                failures = 0;
                banner.setVisible(false);
                grid.setEmptyStateText(emptyText);
            }
            return value;
        } catch (TrackingApiException.Unavailable | TrackingApiException.RateLimited failure) {
            failed(failure);
            return whenFailed;
        }
    }

    private void failed(TrackingApiException failure) {
        failures++;
        banner.setVisible(true);
        grid.setEmptyStateText(failedText);
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
