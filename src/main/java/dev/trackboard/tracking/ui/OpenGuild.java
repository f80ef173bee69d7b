package dev.trackboard.tracking.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import dev.trackboard.api.GuildId;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildNavigation;
import java.util.Optional;

/** The guild of a tracking route, once {@code GuildLayout} has confirmed that the user may open it. */
final class OpenGuild {

    private OpenGuild() {
    }

    /**
     * Empty while the layout is still asking the API (it runs the navigation again with the answer);
     * the view then shows and loads nothing.
     */
    static Optional<GuildId> of(BeforeEnterEvent event) {
        GuildId guildId = event.getRouteParameters().get(GuildNavigation.GUILD_ID).flatMap(GuildId::parse).orElseThrow();
        return CurrentGuild.of(event.getUI(), guildId).map(guild -> guildId);
    }
}
