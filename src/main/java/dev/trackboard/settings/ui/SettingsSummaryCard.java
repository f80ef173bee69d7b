package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.settings.SettingsSummaries;
import dev.trackboard.settings.SettingsSummary;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The overview's summary of a guild's settings: tracking, notification channel, mention role and
 * delivery, loaded in the background. Every row says "not configured" while the guild has no
 * settings; the card links nowhere until there is a settings screen to link to.
 */
public class SettingsSummaryCard extends Div {

    public static final String ID = "settings-summary";

    public SettingsSummaryCard(GuildId guildId, SettingsSummaries summaries, Background background) {
        setId(ID);
        addClassNames("tb-card", "tb-settings-summary");
        add(new H2(getTranslation("settings.summary.title")),
                new LoadedSection<>(background, () -> summaries.of(guildId), this::rows));
    }

    private Component rows(Optional<SettingsSummary> settings) {
        DescriptionList rows = new DescriptionList();
        rows.addClassName("tb-settings-rows");
        row(rows, "settings.summary.tracking", settings.map(this::tracking));
        row(rows, "settings.summary.channel", settings.map(this::channel));
        row(rows, "settings.summary.mention", settings.map(this::mention));
        row(rows, "settings.summary.delivery", settings.map(this::delivery));
        if (settings.isEmpty()) {
            Paragraph why = new Paragraph(getTranslation("settings.summary.notConfigured.text"));
            why.addClassName("tb-muted");
            return new Div(rows, why);
        }
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
