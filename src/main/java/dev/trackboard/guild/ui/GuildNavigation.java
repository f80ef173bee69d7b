package dev.trackboard.guild.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.AppIcon;
import java.util.Optional;

/**
 * Typed navigation into the guild feature: the route parameter that carries the tenant, read and
 * written only here, and the screens other packages may link to. No path is spelled out anywhere
 * else; links and navigations name a route class and these parameters.
 */
public final class GuildNavigation {

    /** The tenant in {@code /guilds/{guildId}/…} ({@link GuildLayout}'s route prefix). */
    static final String GUILD_ID = "guildId";

    /** The guild's overview, first in its side navigation. */
    public static final GuildSection OVERVIEW = GuildSection.of(GuildOverviewView.class, "nav.overview",
            AppIcon.DASHBOARD);

    private GuildNavigation() {
    }

    /** The start page: the user's guilds. */
    public static Class<? extends Component> start() {
        return GuildPickerView.class;
    }

    /** The route parameters of every screen inside {@code guildId}. */
    public static RouteParameters parameters(GuildId guildId) {
        return new RouteParameters(GUILD_ID, guildId.value());
    }

    /** The guild a route names, if it names a well-formed one (whether it may be opened is another question). */
    static Optional<GuildId> guildOf(RouteParameters parameters) {
        return parameters.get(GUILD_ID).flatMap(GuildId::parse);
    }
}
