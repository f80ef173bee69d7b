package dev.trackboard.guild.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import dev.trackboard.api.GuildDetail;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.base.ui.Breadcrumb;
import dev.trackboard.base.ui.GuildScopedLayout;
import dev.trackboard.base.ui.MainLayout;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.guild.GuildService;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.ui.BotStatusBadge;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant gate. Every guild screen sits inside this layout, which reads the guild from the URL
 * and asks the API, on every navigation, whether the user may open it now. A guild they may not
 * open gets the same not-found page as a guild that does not exist.
 */
@RoutePrefix("guilds/:" + GuildNavigation.GUILD_ID + "([0-9]{17,20})")
@ParentLayout(MainLayout.class)
@PermitAll
public class GuildLayout extends Div implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver,
        GuildScopedLayout {

    private final GuildService guilds;
    private final BotStatusService botStatus;
    private final GuildSwitcher switcher;
    private GuildDetail guild;
    private BotStatusBadge headerBadge;

    public GuildLayout(GuildService guilds, BotStatusService botStatus) {
        this.guilds = guilds;
        this.botStatus = botStatus;
        this.switcher = new GuildSwitcher(guilds);
        addClassName("tb-guild-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GuildId guildId = event.getRouteParameters().get(GuildNavigation.GUILD_ID)
                .flatMap(GuildId::parse).orElse(null);
        if (guildId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            guild = guilds.open(guildId);
            CurrentGuild.set(event.getUI(), guild);
        } catch (TrackingApiException.NotFound forbiddenOrMissing) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (guild == null) {
            return;
        }
        switcher.show(guild.id());
        Component view = (Component) event.getActiveChain().getFirst();
        findAncestor(MainLayout.class).showGuild(guildHeader(guild.id()), navigation(guild.id()), crumbs(view));
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

    private SideNav navigation(GuildId guildId) {
        SideNav nav = new SideNav(getTranslation("nav.section.guild"));
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), GuildNavigation.overviewPath(guildId),
                VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.tracking.accounts"), GuildNavigation.accountsPath(guildId),
                VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.tracking.posts"), GuildNavigation.postsPath(guildId),
                VaadinIcon.NEWSPAPER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.tracking.brands"), GuildNavigation.brandsPath(guildId),
                VaadinIcon.TAGS.create()));
        return nav;
    }

    private List<Breadcrumb.Crumb> crumbs(Component view) {
        List<Breadcrumb.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Breadcrumb.Crumb(getTranslation("nav.guilds"), "/"));
        crumbs.add(new Breadcrumb.Crumb(guild.name(), "/" + GuildNavigation.overviewPath(guild.id())));
        crumbs.add(new Breadcrumb.Crumb(PageSection.of(view), null));
        return crumbs;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        removeAll();
        if (content != null) {
            add((Component) content);
        }
    }
}
