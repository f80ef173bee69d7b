package dev.trackboard.guild.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationListener;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import dev.trackboard.access.GuildAccessService;
import dev.trackboard.access.GuildAccessWatch;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.AddressBar;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Ends one tab's view of a guild as soon as the node's access watch says its user may no longer open
 * it: the tab is navigated again and answered with the not-found page (the same as for a guild that
 * does not exist), which replaces the whole shell, so the guild's screen, header badge, switcher,
 * navigation and breadcrumb leave the page (and the first page load's inlined state is dropped too).
 * No API call is made for that: this tab remembers the
 * guild as lost. One guard per UI, following the guild of the current route; the re-checks
 * themselves run on the watch's one scheduler (no timer here).
 */
final class AccessLossGuard implements BeforeEnterListener, AfterNavigationListener {

    /**
     * The first page load inlines its initial UI state as a script (vaadin.eager-server-load), which
     * stays in the document after the client started: drop it and its parsed copy, or the guild's
     * names would outlive the not-found page.
     */
    private static final String FORGET_INITIAL_PAGE = "document.querySelectorAll('script[initial]')"
            + ".forEach(function (script) { script.remove(); });"
            + "if (window.Vaadin && window.Vaadin.TypeScript) { delete window.Vaadin.TypeScript.initial; }";

    private final UI ui;
    private final GuildAccessService access;
    /** Guilds this tab has been told it lost; only touched with the session lock held. */
    private final Set<GuildId> lost = new HashSet<>();
    private GuildId watched;
    private GuildAccessWatch.Watch watch;

    private AccessLossGuard(UI ui, GuildAccessService access) {
        this.ui = ui;
        this.access = access;
    }

    static void install(UI ui, GuildAccessService access) {
        AccessLossGuard guard = new AccessLossGuard(ui, access);
        ui.addBeforeEnterListener(guard);
        ui.addAfterNavigationListener(guard);
        ui.addDetachListener(detach -> guard.stopWatching());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (guildOf(event.getRouteParameters()).filter(lost::contains).isPresent()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean inGuild = event.getActiveChain().stream().anyMatch(GuildLayout.class::isInstance);
        GuildId shown = inGuild ? guildOf(event.getRouteParameters()).orElse(null) : null;
        if (shown != null && shown.equals(watched)) {
            return;
        }
        stopWatching();
        if (shown != null) {
            watched = shown;
            watch = access.watch(shown, () -> lostAccess(shown));
        }
    }

    /** Runs on the watch's thread. */
    private void lostAccess(GuildId guildId) {
        try {
            ui.access(() -> {
                lost.add(guildId);
                if (guildId.equals(watched)) {
                    stopWatching();
                    Location here = AddressBar.shown(ui);
                    ui.navigate(here.getPath(), here.getQueryParameters()); // a path with "?" is refused
                    ui.getPage().executeJs(FORGET_INITIAL_PAGE);
                }
            });
        } catch (UIDetachedException gone) {
            // the tab closed meanwhile; its detach listener stopped the watch
        }
    }

    private void stopWatching() {
        if (watch != null) {
            watch.cancel();
            watch = null;
        }
        watched = null;
    }

    private static Optional<GuildId> guildOf(RouteParameters parameters) {
        return GuildNavigation.guildOf(parameters);
    }
}
