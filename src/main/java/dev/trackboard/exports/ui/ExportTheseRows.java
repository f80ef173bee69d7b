package dev.trackboard.exports.ui;

import com.vaadin.flow.component.button.Button;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import dev.trackboard.base.ui.grid.RowCount;
import dev.trackboard.exports.ExportService;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A list screen's "Export these N rows": opens the export request with the screen's current filters
 * and sort, the type fixed. On a counted list the button says the count the screen shows (and is off
 * while there is none, or nothing to export); the audit trail has no total (it grows as it is
 * scrolled, docs/decisions/0105) and only the loaded rows' count, which is not what the file holds,
 * so there it says "Export these rows" (docs/decisions/0122).
 */
public final class ExportTheseRows {

    static final String ID = "export-these";

    private ExportTheseRows() {
    }

    /**
     * @param filters the list endpoint's parameters for the rows shown now ({@code api.exports.ExportFilters}),
     *                or null while they are not known (loading, a filter to correct)
     * @param brands  the brand names the screen loaded with its filters, for the dialog's text of a brand filter
     */
    public static Button counted(LazyGridScreen<?, ?, ?, ?> screen, ExportService exports, Background background,
                                 Supplier<GuildId> guild, ExportType type, Supplier<Map<String, String>> filters,
                                 Supplier<BrandNames> brands) {
        Button button = button(screen, exports, background, guild, type, filters, brands);
        show(button, null);
        screen.onCount(rows -> show(button, rows));
        return button;
    }

    /** For a list without a total (the audit trail, whose filters name no brand): the button never says a number. */
    public static Button uncounted(LazyGridScreen<?, ?, ?, ?> screen, ExportService exports, Background background,
                                   Supplier<GuildId> guild, ExportType type, Supplier<Map<String, String>> filters) {
        return button(screen, exports, background, guild, type, filters, () -> BrandNames.UNKNOWN);
    }

    private static Button button(LazyGridScreen<?, ?, ?, ?> screen, ExportService exports, Background background,
                                 Supplier<GuildId> guild, ExportType type, Supplier<Map<String, String>> filters,
                                 Supplier<BrandNames> brands) {
        Button button = screen.addAction(ID, screen.getTranslation("exports.theseRows"), () -> {
            Map<String, String> now = filters.get();
            GuildId guildId = guild.get();
            if (now != null && guildId != null) {
                ExportsNavigation.request(exports, background, guildId, type, now, brands.get());
            }
        });
        button.addClassName("tb-export-these");
        return button;
    }

    static void show(Button button, RowCount rows) {
        if (rows == null) {
            button.setText(button.getTranslation("exports.theseRows"));
            button.setEnabled(false);
        } else {
            button.setText(button.getTranslation(rows.estimate() ? "exports.theseAbout" : "exports.these", rows.total()));
            button.setEnabled(rows.total() > 0);
        }
    }
}
