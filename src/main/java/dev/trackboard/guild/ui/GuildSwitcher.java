package dev.trackboard.guild.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.base.ui.AddressBar;
import dev.trackboard.base.ui.Background;
import dev.trackboard.guild.GuildService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Jumps to the same section of another guild the user can open, with the same search, filters and
 * sort (the query as the address bar shows it), less the ids of the first guild's objects. The list
 * is fetched at most once a minute per tab; the guild layout checks access on arrival anyway.
 */
class GuildSwitcher extends ComboBox<GuildSummary> {

    private static final Duration REFRESH_AFTER = Duration.ofSeconds(60);

    private final GuildService guilds;
    private final Background background;
    private final GuildSections sections;
    private final Clock clock;
    private Instant loadedAt = Instant.EPOCH;
    private GuildId shown;

    GuildSwitcher(GuildService guilds, Background background, GuildSections sections, Clock clock) {
        this.guilds = guilds;
        this.clock = clock;
        this.background = background;
        this.sections = sections;
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

    /** Shows {@code guildId} as chosen; the list is fetched in the background when it is old. */
    void show(GuildId guildId) {
        shown = guildId;
        selectShown();
        if (clock.instant().isAfter(loadedAt.plus(REFRESH_AFTER))) {
            loadedAt = clock.instant(); // one fetch at a time; a failure tries again at the next navigation
            background.run(UI.getCurrent(), guilds::guilds, (all, failure) -> {
                if (failure == null) {
                    setItems(all.stream().filter(GuildSummary::openable).toList());
                    selectShown();
                } else {
                    loadedAt = Instant.EPOCH;
                }
            });
        }
    }

    private void selectShown() {
        getListDataView().getItems().filter(guild -> guild.id().equals(shown)).findFirst().ifPresent(this::setValue);
    }

    private void switchTo(GuildId target) {
        UI ui = UI.getCurrent();
        GuildSection section = sections.of(ui.getCurrentView().getClass());
        QueryParameters query = AddressBar.shown(ui).getQueryParameters()
                .excluding(section.guildObjectParameters().toArray(String[]::new));
        ui.navigate(section.view(), GuildNavigation.parameters(target), query);
    }
}
