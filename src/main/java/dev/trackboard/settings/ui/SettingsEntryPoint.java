package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.Background;
import dev.trackboard.settings.SettingsSummaries;
import dev.trackboard.status.ui.SettingsEntry;

/** The settings feature as the overview reaches it: the summary card and the way into the screen. */
@org.springframework.stereotype.Component
class SettingsEntryPoint implements SettingsEntry {

    private final SettingsSummaries summaries;
    private final Background background;

    SettingsEntryPoint(SettingsSummaries summaries, Background background) {
        this.summaries = summaries;
        this.background = background;
    }

    @Override
    public Component summaryCard(GuildId guildId) {
        return new SettingsSummaryCard(guildId, summaries, background);
    }

    @Override
    public void open(UI ui, GuildId guildId, String field) {
        SettingsNavigation.open(ui, guildId, field);
    }
}
