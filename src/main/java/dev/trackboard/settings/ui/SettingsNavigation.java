package dev.trackboard.settings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.guild.ui.GuildNavigation;
import dev.trackboard.guild.ui.GuildSection;

/**
 * Typed navigation into the settings screen: its place in a guild's side navigation and the way to
 * open it at one setting ({@code ?field=}, an API field name; read back only if it is one).
 */
public final class SettingsNavigation {

    /** The query parameter naming the setting to put the cursor in. */
    static final String FIELD = "field";

    public static final GuildSection SETTINGS = GuildSection.of(SettingsView.class, "nav.settings", AppIcon.EDIT);

    private SettingsNavigation() {
    }

    /** Opens the settings of {@code guildId}, at {@code field} when it names a setting. */
    public static void open(UI ui, GuildId guildId, String field) {
        QueryParameters query = field != null && SettingsFieldNames.ALL.contains(field)
                ? QueryParameters.of(FIELD, field) : QueryParameters.empty();
        ui.navigate(SettingsView.class, GuildNavigation.parameters(guildId), query);
    }

    /** The setting {@code ?field=} names, or null for none or anything that is not a setting (untrusted input). */
    static String field(Location location) {
        return location.getQueryParameters().getSingleParameter(FIELD)
                .filter(SettingsFieldNames.ALL::contains).orElse(null);
    }
}
