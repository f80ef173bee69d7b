package dev.trackboard.guild.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.GuildSummary;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.guild.GuildService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Jumps to the same screen of another guild the user can open. The list is fetched at most once a
 * minute per tab; the guild layout checks access on arrival anyway.
 */
class GuildSwitcher extends ComboBox<GuildSummary> {

    private static final Duration REFRESH_AFTER = Duration.ofSeconds(60);

    private final GuildService guilds;
    private Instant loadedAt = Instant.EPOCH;
    private GuildId shown;

    GuildSwitcher(GuildService guilds) {
        this.guilds = guilds;
        setId("guild-switcher");
        addClassName("tb-guild-switcher");
        setAriaLabel(getTranslation("header.switcher.label"));
        setPlaceholder(getTranslation("header.switcher.placeholder"));
        setItemLabelGenerator(GuildSummary::name);
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && !event.getValue().id().equals(shown)) {
                switchTo(event.getValue().id());
            }
        });
    }

    void show(GuildId guildId) {
        if (Instant.now().isAfter(loadedAt.plus(REFRESH_AFTER))) {
            try {
                List<GuildSummary> openable = guilds.guilds().stream().filter(GuildSummary::openable).toList();
                setItems(openable);
                loadedAt = Instant.now();
            } catch (TrackingApiException.Unavailable | TrackingApiException.RateLimited e) {
                // the page itself loaded; the switcher keeps its last list and tries again next time
            }
        }
        shown = guildId;
        getListDataView().getItems().filter(guild -> guild.id().equals(guildId)).findFirst().ifPresent(this::setValue);
    }

    private void switchTo(GuildId target) {
        UI ui = UI.getCurrent();
        String path = ui.getActiveViewLocation().getPath();
        ui.navigate(path.replaceFirst("^guilds/" + shown.value(), "guilds/" + target.value()));
    }
}
