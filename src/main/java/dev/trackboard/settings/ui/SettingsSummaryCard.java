package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.guild.ui.GuildNavigation;
import dev.trackboard.settings.SettingsSummaries;
import dev.trackboard.settings.SettingsSummary;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The overview's summary of a guild's settings: tracking, notification channel, mention role and
 * delivery, loaded in the background, with a link to the settings screen. Every row says "not
 * configured" while the guild has no settings (only without the API: through it every guild has some).
 */
public class SettingsSummaryCard extends Div {

    public static final String ID = "settings-summary";

    public SettingsSummaryCard(GuildId guildId, SettingsSummaries summaries, Background background) {
        setId(ID);
        addClassNames("tb-card", "tb-settings-summary");
        RouterLink change = new RouterLink(getTranslation("settings.summary.change"), SettingsView.class,
                GuildNavigation.parameters(guildId));
        change.setId("settings-summary-change");
        change.addClassName("tb-settings-summary-link");
        add(new H2(getTranslation("settings.summary.title")),
                new LoadedSection<>(background, () -> summaries.of(guildId), this::rows), change);
    }

    private Component rows(Optional<SettingsSummary> settings) {
        DescriptionList rows = new DescriptionList();
        rows.addClassName("tb-settings-rows");
        row(rows, "settings.summary.tracking", settings.map(this::tracking));
        row(rows, "settings.summary.channel", settings.map(this::channel));
        row(rows, "settings.summary.mention", settings.map(this::mention));
        row(rows, "settings.summary.delivery", settings.map(this::delivery));
        return rows;
    }

    private void row(DescriptionList rows, String labelKey, Optional<String> value) {
        DescriptionList.Description description = new DescriptionList.Description(
                value.orElseGet(() -> getTranslation("settings.summary.notConfigured")));
        description.getElement().getClassList().set("tb-muted", value.isEmpty());
        rows.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    private String tracking(SettingsSummary settings) {
        return getTranslation(settings.trackingEnabled() ? "settings.summary.tracking.on" : "settings.summary.tracking.off");
    }

    private String channel(SettingsSummary settings) {
        return settings.notificationChannelName() == null ? getTranslation("settings.summary.channel.none")
                : getTranslation("settings.summary.channel.value", settings.notificationChannelName());
    }

    private String mention(SettingsSummary settings) {
        return settings.mentionRoleName() == null ? getTranslation("settings.summary.mention.none")
                : getTranslation("settings.summary.mention.value", settings.mentionRoleName());
    }

    private String delivery(SettingsSummary settings) {
        String key = "settings.summary.delivery." + settings.delivery().name();
        // a digest time is a time of day in the guild's own zone, not an instant: shown as it is set
        return settings.digestTime() == null ? getTranslation(key) : getTranslation(key,
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(settings.digestTime()));
    }
}
