package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in shell: drawer with navigation, header with breadcrumb, guild switcher, demo badge
 * and user menu. Guild pages fill the guild slots through their {@link GuildScopedLayout}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ShellLinks links;
    private final Breadcrumb breadcrumb = new Breadcrumb();
    private final Div switcherSlot = new Div();
    private final Div guildNavSlot = new Div();
    private final Div bar = new Div();

    public MainLayout(CurrentUser currentUser, TrackboardProperties properties, ShellLinks links,
                      PreferenceChanges preferences) {
        this.links = links;
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawer());
        addToNavbar(navbar(currentUser, properties, preferences));
    }

    private Component drawer() {
        SideNav global = new SideNav();
        global.addItem(new SideNavItem(getTranslation("nav.guilds"), links.home(), AppIcon.GRID_BIG.create()));
        guildNavSlot.addClassName("tb-guild-nav-slot");
        Div drawer = new Div(ProductLogo.create(links.home()), global, guildNavSlot);
        drawer.addClassName("tb-drawer");
        return drawer;
    }

    private Component navbar(CurrentUser currentUser, TrackboardProperties properties, PreferenceChanges preferences) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        switcherSlot.addClassName("tb-switcher-slot");
        Div end = new Div(switcherSlot);
        if (properties.embedded()) {
            end.add(embeddedBadge());
        }
        end.add(new UserMenu(currentUser, preferences));
        end.addClassName("tb-navbar-end");
        bar.add(toggle, breadcrumb, end);
        bar.addClassName("tb-navbar");
        return bar;
    }

    private Span embeddedBadge() {
        Span badge = new Span(getTranslation("app.embedded.badge"));
        badge.setId("embedded-badge");
        badge.addClassName("tb-embedded-badge");
        badge.setTitle(getTranslation("app.embedded.tooltip"));
        return badge;
    }

    /**
     * Called by a {@link GuildScopedLayout} on every navigation inside a guild. The header marks
     * that it carries the guild's switcher, which stands in for the breadcrumb on a phone.
     */
    public void showGuild(Component switcher, Component guildNav, List<Breadcrumb.Crumb> crumbs) {
        switcherSlot.removeAll();
        switcherSlot.add(switcher);
        guildNavSlot.removeAll();
        guildNavSlot.add(guildNav);
        breadcrumb.show(crumbs);
        bar.setClassName("tb-in-guild", true);
    }

    /** Empties the guild slots: outside a guild, or while its layout is still asking the API. */
    public void showNoGuild(List<Breadcrumb.Crumb> crumbs) {
        switcherSlot.removeAll();
        guildNavSlot.removeAll();
        breadcrumb.show(crumbs);
        bar.setClassName("tb-in-guild", false);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean inGuild = event.getActiveChain().stream().anyMatch(GuildScopedLayout.class::isInstance);
        if (inGuild) {
            return;
        }
        String section = PageSection.of((Component) event.getActiveChain().getFirst());
        String home = getTranslation("nav.guilds");
        showNoGuild(section == null ? List.of(Breadcrumb.Crumb.here(home))
                : List.of(Breadcrumb.Crumb.link(home, links.home()), Breadcrumb.Crumb.here(section)));
    }
}
