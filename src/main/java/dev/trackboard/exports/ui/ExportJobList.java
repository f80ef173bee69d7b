package dev.trackboard.exports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.EmptyState;
import dev.trackboard.base.ui.UserTime;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The jobs as cards, newest first, or the loading and empty states. A new list (an action's re-read,
 * a progress push every few seconds) replaces only the cards whose job changed, so a finished job's
 * Download link and a focused button elsewhere stay where they are.
 */
final class ExportJobList extends Div {

    private final ExportWords words;
    private final BiConsumer<ExportJob, Button> cancel;
    private final Function<ExportJob, DownloadHandler> download;
    private final Component emptyAction;
    private final Clock clock;
    private Map<Long, ExportJobCard> cards = new HashMap<>();
    private BrandNames brands;

    ExportJobList(ExportWords words, BiConsumer<ExportJob, Button> cancel, Function<ExportJob, DownloadHandler> download,
                  Component emptyAction, Clock clock) {
        this.words = words;
        this.cancel = cancel;
        this.download = download;
        this.emptyAction = emptyAction;
        this.clock = clock;
        setId("export-jobs");
        addClassName("tb-export-jobs");
        loading();
    }

    void loading() {
        removeAll();
        cards = new HashMap<>();
        Div placeholder = new Div();
        placeholder.addClassName("tb-section-loading");
        placeholder.getElement().setAttribute("aria-busy", "true");
        add(placeholder);
    }

    /** @param brands the names brand filters are shown with; other names than last time: those cards anew */
    void show(List<ExportJob> jobs, BrandNames brands) {
        if (!brands.equals(this.brands)) {
            cards.values().removeIf(card -> ExportFilterText.namesABrand(card.job().filters()));
            this.brands = brands;
        }
        if (jobs.isEmpty()) {
            removeAll();
            cards = new HashMap<>();
            EmptyState empty = new EmptyState(AppIcon.DOWNLOAD, getTranslation("exports.empty.title"),
                    getTranslation("exports.empty.text"), emptyAction);
            empty.setId("exports-empty");
            add(empty);
            return;
        }
        UserTime time = UserTime.of(this);
        Instant now = clock.instant();
        Map<Long, ExportJobCard> next = new HashMap<>();
        List<Component> shown = jobs.stream().<Component>map(job -> {
            ExportJobCard card = cards.get(job.id());
            if (card == null || !card.job().equals(job)) {
                card = new ExportJobCard(job, now, words, brands, time, cancel, download);
            }
            next.put(job.id(), card);
            return card;
        }).toList();
        cards = next;
        if (!getChildren().toList().equals(shown)) {
            removeAll();
            shown.forEach(this::add);
        }
    }
}
