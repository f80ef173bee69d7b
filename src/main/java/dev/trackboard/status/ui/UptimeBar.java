package dev.trackboard.status.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.status.BotState;
import dev.trackboard.api.status.StatusSegment;
import dev.trackboard.base.ui.UserTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last 24 hours as a horizontal bar, one coloured stretch per state, with the share online.
 * Built from the API's history once; live state changes extend it without asking the API again.
 */
final class UptimeBar extends Div {

    static final Duration WINDOW = Duration.ofHours(24);

    private final List<StatusSegment> segments = new ArrayList<>();
    private final Div bar = new Div();
    private final Span share = new Span();

    UptimeBar() {
        addClassName("tb-uptime");
        setId("uptime-bar");
        bar.addClassName("tb-uptime-bar");
        bar.getElement().setAttribute("role", "img");
        Div scale = new Div(new Span(getTranslation("status.uptime.start")), share,
                new Span(getTranslation("status.uptime.now")));
        scale.addClassName("tb-uptime-scale");
        add(bar, scale);
    }

    void show(List<StatusSegment> history) {
        segments.clear();
        segments.addAll(history);
        UserTime.whenKnown(this, () -> render(Instant.now()));
    }

    /** A live update: a new state starts at {@code at}; the bar is redrawn only when the state moved. */
    void extend(BotState state, Instant at) {
        if (segments.isEmpty() || segments.getLast().state() == state) {
            return;
        }
        StatusSegment last = segments.removeLast();
        segments.add(new StatusSegment(last.state(), last.from(), at));
        segments.add(new StatusSegment(state, at, at));
        render(at);
    }

    private void render(Instant now) {
        bar.removeAll();
        Instant start = now.minus(WINDOW);
        long online = 0;
        long known = 0;
        UserTime time = UserTime.of(this);
        for (int i = 0; i < segments.size(); i++) {
            StatusSegment segment = segments.get(i);
            Instant from = segment.from().isBefore(start) ? start : segment.from();
            Instant to = i == segments.size() - 1 ? now : segment.to();
            long seconds = Math.max(0, Duration.between(from, to).toSeconds());
            if (seconds == 0 && i < segments.size() - 1) {
                continue;
            }
            known += seconds;
            online += segment.state() == BotState.ONLINE ? seconds : 0;
            Div piece = new Div();
            piece.addClassNames("tb-uptime-piece", "tb-state-" + segment.state().name().toLowerCase(Locale.ROOT));
            piece.getStyle().set("flex-grow", String.valueOf(Math.max(seconds, 1)));
            piece.setTitle(getTranslation("status.uptime.piece", getTranslation("status.state." + segment.state()),
                    time.time(from), time.time(to)));
            bar.add(piece);
        }
        String text = known == 0 ? getTranslation("status.uptime.unknown")
                : getTranslation("status.uptime.share", (double) online / known);
        share.setText(text);
        bar.getElement().setAttribute("aria-label", text);
    }
}
