package dev.trackboard.guild.ui;

import com.vaadin.flow.component.Component;
import dev.trackboard.base.ui.AppIcon;
import java.util.Set;

/**
 * One screen in a guild's side navigation: its route class, label (a bundle key) and icon. The
 * guild switcher opens the same section in the other guild and keeps the query (search, filters,
 * sort), except the parameters listed here: they hold ids of this guild's objects (an account, a
 * brand), which name nothing in another guild.
 */
public record GuildSection(Class<? extends Component> view, String labelKey, AppIcon icon,
                           Set<String> guildObjectParameters) {

    public static GuildSection of(Class<? extends Component> view, String labelKey, AppIcon icon,
                                  String... guildObjectParameters) {
        return new GuildSection(view, labelKey, icon, Set.of(guildObjectParameters));
    }
}
