package dev.trackboard.audit.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditEntryDetail;
import dev.trackboard.api.exports.ExportFilters;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.audit.AuditService;
import dev.trackboard.base.ui.AddressBar;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.GridSorting;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import dev.trackboard.base.ui.grid.ScreenTexts;
import dev.trackboard.base.ui.grid.UrlState;
import dev.trackboard.exports.ExportService;
import dev.trackboard.exports.ui.ExportTheseRows;
import dev.trackboard.guild.GuildService;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guild's audit log: every change the API made, newest first, in a lazy grid over keyset pages
 * (no total: it grows as it is scrolled); filters by actor, action, target type, days and bulk
 * action in the URL; a row opens its detail, whose id is in the URL too ({@code ?entry=}) so it can
 * be linked. An id that is not an entry of this guild — another guild's, or junk — is "not found",
 * and nothing else is shown of it.
 */
@Route(value = "audit", layout = GuildLayout.class)
@PermitAll
public class AuditLogView extends Div implements BeforeEnterObserver, PageSection {

    private final AuditService audit;
    private final TrackingService tracking;
    private final GuildService guilds;
    private final Background background;
    private final LazyGridScreen<AuditEntry, AuditFilter, AuditSort, AuditChoices> screen;
    private final Div missing = new Div();
    private final AuditUndo undo;
    private GuildId guildId;
    private AuditEntries source;
    /** The names the last prepare loaded: set off the lock, read by the grid's cells and the detail. */
    private volatile AuditNames names;
    private AuditEntryDialog detail;

    public AuditLogView(AuditService audit, TrackingService tracking, GuildService guilds, Background background,
                        ExportService exports) {
        this.audit = audit;
        this.tracking = tracking;
        this.guilds = guilds;
        this.background = background;
        setId("audit-log");
        AuditGrid grid = new AuditGrid(this::words);
        screen = new LazyGridScreen<>(background, new ScreenTexts(getTranslation("audit.title"),
                getTranslation("audit.empty"), rows -> getTranslation(rows.estimate() ? "audit.countOpen" : "audit.count",
                        rows.total()), "audit-count", "audit-load-failed"),
                GridSorting.oneOrder(grid, AuditSort.class, AuditEntries.ORDER, AuditGrid.WHEN),
                AuditEntry::id, new AuditFilterBar(), AuditFilter.URL);
        // one order only (the API's), shown on the When column; a link's sort is ignored, a click there
        // cycles descending → none, and GridSorting shows "none" as the default again: newest first
        screen.growWhileScrolled();
        // no total here (only the loaded rows' count): the button says no number (docs/decisions/0122)
        ExportTheseRows.uncounted(screen, exports, background, () -> guildId, ExportType.AUDIT, () -> {
            AuditFilter filter = screen.currentFilter();
            return filter == null || !filter.problems().isEmpty() ? null
                    : ExportFilters.audit(filter.query(UserTime.of(this)));
        });
        missing.setId("audit-entry-missing");
        missing.addClassName("tb-inline-warning");
        missing.setText(getTranslation("audit.entryMissing"));
        missing.setVisible(false);
        screen.addAboveGrid(missing);
        grid.addItemClickListener(e -> showEntry(e.getItem().id(), null));
        undo = new AuditUndo(background, (id, confirmed, version) -> audit.revert(guildId, id, confirmed, version),
                this::undone, id -> showEntry(id, getTranslation("audit.undo.changedMeanwhile")));
        add(screen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        closeDetail();
        missing.setVisible(false);
        CurrentGuild.of(event).map(GuildDetail::id).ifPresent(guild -> {
            guildId = guild;
            names = null;
            Location location = event.getLocation();
            source = new AuditEntries(audit, tracking, guilds, guild, UserTime.of(event.getUI()), loaded -> names = loaded);
            screen.open(location, source);
            if (location.getQueryParameters().getSingleParameter(AuditNavigation.ENTRY).isPresent()) {
                Long id = UrlState.of(location).id(AuditNavigation.ENTRY);
                if (id == null) {
                    showMissing();
                } else {
                    showEntry(id, null);
                }
            }
        });
    }

    private AuditWords words() {
        AuditNames known = names;
        return new AuditWords(this, known == null ? AuditNames.NONE : known);
    }

    /** An entry with the names its values use (loaded with it when the list has not loaded them yet). */
    private record Shown(AuditEntryDetail detail, AuditNames names) {
    }

    /** Reads the entry off the lock and opens its detail; NotFound (another guild's, or gone) says so and shows nothing. */
    private void showEntry(long entryId, String notice) {
        GuildId guild = guildId;
        AuditEntries entries = source;
        AuditNames known = names;
        UserAction.run(background, null, () -> new Shown(audit.entry(guild, entryId), known != null ? known : entries.names()),
                shown -> openDetail(shown, notice),
                refusal -> {
                    if (refusal instanceof TrackingApiException.NotFound) {
                        closeDetail();
                        showMissing();
                    } else {
                        UserAction.tell(UI.getCurrent(), refusal);
                    }
                });
    }

    private void openDetail(Shown shown, String notice) {
        closeDetail();
        missing.setVisible(false);
        AuditWords words = new AuditWords(this, shown.names());
        GuildId guild = guildId;
        AuditEntryDialog dialog = new AuditEntryDialog(shown.detail(), words, new AuditEntryDialog.Links() {
            @Override
            public RouterLink entry(long entryId, String text) {
                return AuditNavigation.entry(guild, entryId, text);
            }

            @Override
            public RouterLink group(String groupId, String text) {
                return AuditNavigation.group(guild, groupId, text);
            }
        }, notice, (entry, button) -> undo.start(entry, words, button));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && detail == dialog) {
                detail = null;
                showInAddress(null);
            }
        });
        detail = dialog;
        dialog.open();
        showInAddress(shown.detail().entry().id());
    }

    /** Closes the detail without touching the address (a navigation writes its own). */
    private void closeDetail() {
        AuditEntryDialog open = detail;
        detail = null;
        if (open != null) {
            open.close();
        }
    }

    private void showMissing() {
        missing.setVisible(true);
        showInAddress(null);
    }

    private void undone(AuditEntry created) {
        Notification.show(getTranslation("audit.undo.done", words().action(created.action()), created.target().name()),
                5000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        closeDetail();
        showInAddress(null);
        screen.reload(); // new facets (an actor, an action) and rows read from the top: the undo is first
    }

    /** The address with {@code ?entry=} set to the open entry, or without it. */
    private void showInAddress(Long entryId) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Location shown = AddressBar.shown(ui);
        Map<String, List<String>> parameters = new LinkedHashMap<>(shown.getQueryParameters().getParameters());
        parameters.remove(AuditNavigation.ENTRY);
        if (entryId != null) {
            parameters.put(AuditNavigation.ENTRY, List.of(Long.toString(entryId)));
        }
        AddressBar.replace(ui, new Location(shown.getPath(), new QueryParameters(parameters)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        closeDetail();
        super.onDetach(event);
    }

    @Override
    public String sectionTitle() {
        return screen.title();
    }
}
