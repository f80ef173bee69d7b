package dev.trackboard.guild.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import dev.trackboard.api.GuildDetail;
import dev.trackboard.api.GuildId;
import java.util.Optional;

/**
 * The guild the current navigation of one UI (browser tab) resolved, handed from
 * {@link GuildLayout} to the view it shows, so the view need not fetch it again. Stored per UI,
 * never per session: two tabs on two guilds each keep their own. Guarded by the guild id, so a view
 * never sees another guild's data.
 */
final class CurrentGuild {

    private CurrentGuild() {
    }

    static void set(UI ui, GuildDetail guild) {
        ComponentUtil.setData(ui, GuildDetail.class, guild);
    }

    static Optional<GuildDetail> of(UI ui, GuildId guildId) {
        return Optional.ofNullable(ComponentUtil.getData(ui, GuildDetail.class))
                .filter(guild -> guild.id().equals(guildId));
    }
}
