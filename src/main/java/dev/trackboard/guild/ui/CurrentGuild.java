package dev.trackboard.guild.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.GuildDetail;
import java.util.Optional;

/**
 * The guild that {@link GuildLayout} has confirmed for the current navigation of one UI (browser
 * tab), handed to the view it shows: present only once the API has said the user may open it, so
 * a view builds itself (and loads anything) only then. Stored per UI, never per session: two tabs
 * on two guilds each keep their own. Guarded by the guild id, so a view never sees another
 * guild's data.
 */
public final class CurrentGuild {

    private CurrentGuild() {
    }

    static void set(UI ui, GuildDetail guild) {
        ComponentUtil.setData(ui, GuildDetail.class, guild);
    }

    static void clear(UI ui) {
        ComponentUtil.setData(ui, GuildDetail.class, null);
    }

    /**
     * The guild of the route being entered, if the layout has confirmed it for this navigation;
     * empty while it is still asking (the view is not shown then and loads nothing).
     */
    public static Optional<GuildDetail> of(BeforeEnterEvent event) {
        Optional<GuildId> guildId = GuildNavigation.guildOf(event.getRouteParameters());
        return Optional.ofNullable(ComponentUtil.getData(event.getUI(), GuildDetail.class))
                .filter(guild -> guildId.isPresent() && guild.id().equals(guildId.get()));
    }
}
