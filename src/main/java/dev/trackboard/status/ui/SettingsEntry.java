package dev.trackboard.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.trackboard.api.GuildId;

/**
 * What the overview's status part needs of the settings feature: its summary card, and a way to
 * open the setting that fixes a warning. The settings screen sits in a guild's layout, above this
 * package (guild.ui → status.ui), so status.ui may not name it; the settings feature implements
 * this (settings.ui.SettingsEntryPoint) and Spring hands it over.
 */
public interface SettingsEntry {

    /** The card beside the health warnings that sums up the settings. */
    Component summaryCard(GuildId guildId);

    /** Opens {@code guildId}'s settings with the cursor in {@code field} (an API field name). */
    void open(UI ui, GuildId guildId, String field);
}
