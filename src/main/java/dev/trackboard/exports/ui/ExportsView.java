package dev.trackboard.exports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.exports.ExportProgress;
import dev.trackboard.exports.ExportService;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The guild's exports, newest first: request one ("New export"), follow its progress, cancel it,
 * download its file. The list is read off the session lock and tries again by itself while the API
 * does not answer; while a job runs, the node's one {@link ExportProgress} poll of the guild pushes
 * new lists to every open exports screen of it (no timer per screen); every action reads the list
 * again. The API keeps the newest 100 jobs of a guild and answers them in one list (no paging).
 * The guild's brand names are read with the list, in parallel, to name a job's brand filter: the
 * list waits for them only when a job has one, and without an answer such a job says the brand's id
 * and that its name is not available (docs/decisions/0123).
 */
@Route(value = "exports", layout = GuildLayout.class)
@PermitAll
public class ExportsView extends Div implements BeforeEnterObserver, PageSection {

    private final ExportService exports;
    private final Background background;
    private final Div failure = new Div();
    private final ExportJobList list;
    private GuildId guildId;
    /** The last list read or pushed; null while this navigation's first is on its way. */
    private List<ExportJob> jobs;
    /** The names read with the list; null while this navigation's first answer is on its way. */
    private BrandNames brands;
    private ExportProgress.Subscription progress;
    private int loads;

    public ExportsView(ExportService exports, Background background, Clock clock) {
        this.exports = exports;
        this.background = background;
        setId("exports");
        addClassNames("tb-page", "tb-exports");
        Paragraph intro = new Paragraph(getTranslation("exports.intro"));
        intro.addClassName("tb-page-subtitle");
        Button request = new Button(getTranslation("exports.new"), AppIcon.PLUS.create(), e -> openDialog());
        request.setId("export-new");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(request);
        toolbar.addClassName("tb-toolbar");
        failure.setId("exports-load-failed");
        failure.addClassName("tb-inline-warning");
        failure.setText(getTranslation("exports.loadFailed"));
        failure.setVisible(false);
        list = new ExportJobList(new ExportWords(this), this::cancel,
                job -> new ExportDownload(exports, guildId, job.id(), job.fileName(), this::reload),
                openDialogButton(), clock);
        add(new H1(sectionTitle()), intro, toolbar, failure, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentGuild.of(event).map(GuildDetail::id).ifPresent(guild -> {
            stopWatching();
            guildId = guild;
            jobs = null;
            brands = null;
            list.loading();
            watch(event.getUI());
            reload();
        });
    }

    /** Reads the guild's jobs off the lock; while the API does not answer, the banner shows and it asks again. */
    private void reload() {
        UI ui = UI.getCurrent();
        GuildId guild = guildId;
        if (ui == null || guild == null) {
            return;
        }
        int mine = ++loads;
        BooleanSupplier current = () -> mine == loads && guild.equals(guildId);
        loadBrands(ui, guild, current);
        background.load(ui, () -> exports.jobs(guild), current, failing -> failure.setVisible(failing), read -> {
            if (brands != null && !brands.loaded()) {
                loadBrands(ui, guild, current); // they failed with the list, which answers again now
            }
            show(read);
        });
    }

    /** One try, no retries: without an answer the ids are shown (the last names read stay good meanwhile). */
    private void loadBrands(UI ui, GuildId guild, BooleanSupplier current) {
        background.run(ui, () -> BrandNames.of(exports.brands(guild)), (named, failure) -> {
            if (!current.getAsBoolean()) {
                return;
            }
            if (failure != null && !(failure instanceof TrackingApiException)) {
                throw failure;
            }
            brands = named != null ? named : brands != null ? brands : BrandNames.UNKNOWN;
            render();
        });
    }

    private void show(List<ExportJob> read) {
        jobs = read;
        render();
        if (read.stream().anyMatch(job -> job.status().unfinished())) {
            exports.expectProgress(guildId);
        }
    }

    /** The list, once it can be shown: a job with a brand filter waits for the names. */
    private void render() {
        boolean waiting = brands == null && jobs != null
                && jobs.stream().anyMatch(job -> ExportFilterText.namesABrand(job.filters()));
        if (jobs == null || waiting) {
            return;
        }
        list.show(jobs, brands == null ? BrandNames.UNKNOWN : brands);
    }

    private void watch(UI ui) {
        GuildId guild = guildId;
        progress = exports.watch(guild, jobs -> {
            try {
                ui.access(() -> {
                    if (guild.equals(guildId)) {
                        this.jobs = jobs;
                        render();
                    }
                });
            } catch (UIDetachedException tabClosed) {
                // onDetach stops the watch
            }
        });
    }

    private void stopWatching() {
        if (progress != null) {
            progress.cancel();
            progress = null;
        }
    }

    private void openDialog() {
        new ExportDialog(exports, background, guildId, null, Map.of(), BrandNames.UNKNOWN, job -> { // no filters
            exports.expectProgress(guildId);
            reload();
        }).open();
    }

    private Button openDialogButton() {
        Button button = new Button(getTranslation("exports.new"), AppIcon.PLUS.create(), e -> openDialog());
        button.setId("export-new-empty");
        return button;
    }

    private void cancel(ExportJob job, Button trigger) {
        ExportWords words = new ExportWords(this);
        UserAction.run(background, trigger, () -> exports.cancel(guildId, job.id()), cancelled -> {
            Notification.show(getTranslation("exports.cancelled", words.type(job.type())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        }, refusal -> {
            if (refusal instanceof TrackingApiException.Conflict) {
                Notification.show(getTranslation("exports.alreadyFinished")).addThemeVariants(NotificationVariant.LUMO_WARNING);
                reload();
            } else {
                UserAction.goneOrTold(getTranslation("exports.gone"), this::reload).accept(refusal);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (progress == null && guildId != null) {
            watch(event.getUI());
            reload();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching();
        loads++; // answers and retries still on their way are dropped
        super.onDetach(event);
    }

    @Override
    public String sectionTitle() {
        return getTranslation("exports.title");
    }
}
