package dev.trackboard.exports.ui;

import com.vaadin.flow.component.UI;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.Background;
import dev.trackboard.exports.ExportService;
import dev.trackboard.guild.ui.GuildNavigation;
import dev.trackboard.guild.ui.GuildSection;
import java.util.Map;

/**
 * Typed navigation into the exports screen: its place in a guild's side navigation, and the request
 * dialog opened from a list screen with that screen's filters ("Export these N rows"); once the job
 * started, the exports screen opens, where its progress shows.
 */
public final class ExportsNavigation {

    public static final GuildSection EXPORTS = GuildSection.of(ExportsView.class, "nav.exports", AppIcon.DOWNLOAD);

    private ExportsNavigation() {
    }

    /**
     * @param filters the list endpoint's parameters, as {@code api.exports.ExportFilters} makes them
     * @param brands  the names the screen has loaded for its brand filter (the dialog loads none)
     */
    public static void request(ExportService exports, Background background, GuildId guildId, ExportType type,
                               Map<String, String> filters, BrandNames brands) {
        new ExportDialog(exports, background, guildId, type, filters, brands, job -> UI.getCurrent()
                .navigate(ExportsView.class, GuildNavigation.parameters(guildId))).open();
    }
}
