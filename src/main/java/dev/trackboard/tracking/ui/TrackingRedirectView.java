package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import jakarta.annotation.security.PermitAll;

/** {@code /guilds/{id}/tracking} goes to the accounts screen (after the layout's access check). */
@Route(value = "tracking", layout = GuildLayout.class)
@PermitAll
public class TrackingRedirectView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentGuild.of(event).map(GuildDetail::id).ifPresent(guild -> event.forwardTo(TrackedAccountsView.class, event.getRouteParameters()));
    }
}
