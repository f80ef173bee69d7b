package dev.trackboard.guild.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * A guild's side navigation, in order. Each feature's {@code *Navigation} class names its own
 * sections; the one list is put together where every feature is known
 * ({@code dev.trackboard.ShellScreens}), since guild.ui may not name the features built on it.
 */
public record GuildSections(List<GuildSection> entries) {

    public GuildSections {
        entries = List.copyOf(entries);
    }

    /** The section a screen belongs to; a screen outside the navigation counts as the overview. */
    GuildSection of(Class<? extends Component> view) {
        return entries.stream().filter(section -> section.view().equals(view)).findFirst()
                .orElse(GuildNavigation.OVERVIEW);
    }
}
