package dev.trackboard.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dev.trackboard.api.TrackingApiException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A part of a screen whose data comes from the API, loaded off the session lock once it is
 * attached: a placeholder that keeps its space while loading, the content when it arrives, and on
 * failure a friendly note while it tries again by itself ({@link RetryDelay}) — never a click
 * needed. Something that no longer exists (or may no longer be seen) says so and stops; an ended
 * session goes to sign-in.
 */
public class LoadedSection<T> extends Div {

    private final Background background;
    private final Supplier<T> call;
    private final Function<T, Component> render;
    private int generation;
    private int failures;
    private boolean loaded;

    public LoadedSection(Background background, Supplier<T> call, Function<T, Component> render) {
        this.background = background;
        this.call = call;
        this.render = render;
        addClassName("tb-loaded-section");
        showPlaceholder();
    }

    /** Loads again now (e.g. after a change), keeping what is shown until the answer arrives. */
    public void reload() {
        UI ui = UI.getCurrent();
        if (ui != null && isAttached()) {
            start(ui);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!loaded) {
            start(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        generation++; // answers and retries still on their way are dropped
        super.onDetach(event);
    }

    private void start(UI ui) {
        int mine = ++generation;
        background.run(ui, call, (value, failure) -> {
            if (mine != generation) {
                return;
            }
            if (failure == null) {
                failures = 0;
                loaded = true;
                removeAll();
                removeClassName("tb-section-failed");
                add(render.apply(value));
            } else {
                failed(ui, failure, mine);
            }
        });
    }

    private void failed(UI ui, RuntimeException failure, int mine) {
        switch (failure) {
            case TrackingApiException.SessionEnded ended -> SessionExpiry.endAndSignIn(ui);
            case TrackingApiException.NotFound gone -> note("section.gone");
            case TrackingApiException.Unavailable down -> retry(ui, failure, mine, "section.unavailable");
            case TrackingApiException.RateLimited limited -> retry(ui, failure, mine, "section.rateLimited");
            default -> throw failure; // a bug or a refusal: the error handler reports it
        }
    }

    private void retry(UI ui, RuntimeException failure, int mine, String key) {
        failures++;
        if (!loaded) {
            note(key);
        }
        background.later(ui, RetryDelay.after(failures, failure), () -> {
            if (mine == generation && isAttached()) {
                start(ui);
            }
        });
    }

    private void note(String key) {
        removeAll();
        Div note = new Div(getTranslation(key));
        note.addClassNames("tb-inline-warning", "tb-section-note");
        addClassName("tb-section-failed");
        add(note);
    }

    private void showPlaceholder() {
        Div placeholder = new Div();
        placeholder.addClassName("tb-section-loading");
        placeholder.getElement().setAttribute("aria-busy", "true");
        add(placeholder);
    }
}
