package dev.trackboard.guild.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RoutePrefix;
import com.vaadin.flow.router.RouterLayout;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.Breadcrumb;
import dev.trackboard.base.ui.GuildScopedLayout;
import dev.trackboard.base.ui.MainLayout;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.RetryDelay;
import dev.trackboard.base.ui.SessionExpiry;
import dev.trackboard.guild.GuildService;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.ui.BotStatusBadge;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The tenant gate. Every guild screen sits inside this layout, which reads the guild from the URL
 * and asks the API, on every navigation, whether the user may open it now. A guild they may not
 * open gets the same not-found page as a guild that does not exist.
 *
 * <p>The question is never asked while the session lock is held (docs/decisions/0006): a direct
 * page load finds the answer already fetched by {@link GuildPrefetchFilter}; an in-app navigation
 * shows a loading state, asks in the background and then runs the navigation again with the
 * answer, which it uses exactly once.
 */
@RoutePrefix("guilds/:" + GuildNavigation.GUILD_ID + "([0-9]{17,20})")
@ParentLayout(MainLayout.class)
@PermitAll
public class GuildLayout extends Div implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver,
        GuildScopedLayout {

    private final GuildService guilds;
    private final BotStatusService botStatus;
    private final Background background;
    private final GuildSections sections;
    private final GuildSwitcher switcher;
    private final GuildPending pending = new GuildPending();
    private GuildDetail guild;
    private GuildVerdict verdict;
    private BotStatusBadge headerBadge;
    private GuildId navigationOf;
    private SideNav navigation;
    private int checks;

    public GuildLayout(GuildService guilds, BotStatusService botStatus, Background background, GuildSections sections,
                       Clock clock) {
        this.guilds = guilds;
        this.botStatus = botStatus;
        this.background = background;
        this.sections = sections;
        this.switcher = new GuildSwitcher(guilds, background, sections, clock);
        addClassName("tb-guild-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        checks++; // whatever was still being asked belongs to an earlier navigation
        guild = null;
        CurrentGuild.clear(event.getUI());
        Optional<GuildId> guildId = GuildNavigation.guildOf(event.getRouteParameters());
        if (guildId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<GuildVerdict> answer = takeVerdict(guildId.get()).or(() -> GuildPrefetchFilter.take(guildId.get()));
        if (answer.isEmpty()) {
            ask(event.getUI(), guildId.get(), 0);
            return;
        }
        if (answer.get().denied()) {
            event.rerouteToError(NotFoundException.class);
        } else if (answer.get().failure() != null) {
            throw answer.get().failure(); // the friendly service-trouble page of a direct load
        } else {
            guild = answer.get().guild();
            CurrentGuild.set(event.getUI(), guild);
        }
    }

    private Optional<GuildVerdict> takeVerdict(GuildId guildId) {
        GuildVerdict answer = verdict;
        verdict = null;
        return Optional.ofNullable(answer).filter(v -> v.guildId().equals(guildId));
    }

    /** Asks the API off the lock; the answer re-runs the navigation, unless the user moved on. */
    private void ask(UI ui, GuildId guildId, int failures) {
        int mine = checks;
        pending.loading();
        background.run(ui, () -> guilds.open(guildId), (detail, failure) -> {
            if (mine != checks || !isAttached()) {
                return;
            }
            if (failure instanceof TrackingApiException.SessionEnded) {
                SessionExpiry.endAndSignIn(ui);
            } else if (failure instanceof TrackingApiException.Unavailable
                    || failure instanceof TrackingApiException.RateLimited) {
                pending.trouble(failure instanceof TrackingApiException.RateLimited);
                background.later(ui, RetryDelay.after(failures + 1, failure), () -> {
                    if (mine == checks && isAttached()) {
                        ask(ui, guildId, failures + 1);
                    }
                });
            } else {
                verdict = failure == null ? GuildVerdict.allowed(detail)
                        : GuildVerdict.failed(guildId, (TrackingApiException) failure);
                ui.refreshCurrentRoute(false);
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        MainLayout shell = findAncestor(MainLayout.class);
        if (guild == null) {
            shell.showNoGuild(List.of(Breadcrumb.Crumb.here(getTranslation("nav.guilds"))));
            return;
        }
        switcher.show(guild.id());
        Component view = (Component) event.getActiveChain().getFirst();
        shell.showGuild(guildHeader(guild.id()), navigation(guild.id()), crumbs(view));
    }

    /** The switcher and the guild's live bot status; the badge is kept while the guild stays the same. */
    private Component guildHeader(GuildId guildId) {
        if (headerBadge == null || !guildId.value().equals(headerBadge.getElement().getAttribute("data-guild"))) {
            headerBadge = new BotStatusBadge(guildId, botStatus);
            headerBadge.setId("header-status-badge");
        }
        Div header = new Div(switcher, headerBadge);
        header.addClassName("tb-guild-header-slot");
        return header;
    }

    /** The guild's sections, one link each; built again only when the guild changes. */
    private SideNav navigation(GuildId guildId) {
        if (!guildId.equals(navigationOf)) {
            navigationOf = guildId;
            navigation = new SideNav(getTranslation("nav.section.guild"));
            navigation.setId("guild-nav");
            for (GuildSection section : sections.entries()) {
                navigation.addItem(new SideNavItem(getTranslation(section.labelKey()), section.view(),
                        GuildNavigation.parameters(guildId), section.icon().create()));
            }
        }
        return navigation;
    }

    private List<Breadcrumb.Crumb> crumbs(Component view) {
        return List.of(
                Breadcrumb.Crumb.link(getTranslation("nav.guilds"), GuildNavigation.start()),
                Breadcrumb.Crumb.link(guild.name(), GuildNavigation.OVERVIEW.view(), GuildNavigation.parameters(guild.id())),
                Breadcrumb.Crumb.here(PageSection.of(view)));
    }

    /** Until the API has said yes, the view is not shown (and so loads nothing); then it is. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        removeAll();
        if (guild == null) {
            add(pending);
        } else if (content != null) {
            add((Component) content);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        checks++;
        super.onDetach(event);
    }
}
