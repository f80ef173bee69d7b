package dev.trackboard.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.HealthWarning;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.status.BotStatusService;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What needs the administrator's attention: the API's warnings about the bot's setup, errors first,
 * and — live — the bot being offline or degraded. Each says what it means and offers one action that
 * leads to what helps ({@link HealthAction}). Channel names render as text.
 */
final class HealthWarnings extends Div {

    private static final Set<String> KNOWN = Set.of("TRACKING_DISABLED", "NOTIFICATION_CHANNEL_MISSING",
            "NOTIFICATION_CHANNEL_DELETED", "BOT_MISSING_PERMISSION", "MENTION_ROLE_DELETED", "QUOTA_NEARLY_USED",
            "QUOTA_EXCEEDED");

    private final Div allWell = new Div(AppIcon.CHECK_CIRCLE.create(), new Span(getTranslation("health.none")));
    private final ListItem botState = new ListItem();
    private final boolean setupWarnings;
    private final GuildId guildId;
    private final SettingsEntry settings;

    HealthWarnings(GuildId guildId, BotStatusService service, SettingsEntry settings, List<HealthWarning> warnings) {
        this.guildId = guildId;
        this.settings = settings;
        setId("health-warnings");
        addClassNames("tb-card", "tb-health");
        setupWarnings = !warnings.isEmpty();
        allWell.addClassName("tb-health-ok");
        botState.add(new BotStateWarning(guildId, service, this::botStateShown));
        botState.setVisible(false);
        UnorderedList list = new UnorderedList(botState);
        warnings.stream().sorted(Comparator.comparing(warning -> !"ERROR".equals(warning.severity())))
                .map(this::item).forEach(list::add);
        add(new H2(getTranslation("health.title")), list, allWell);
        allWell.setVisible(!setupWarnings);
    }

    private ListItem item(HealthWarning warning) {
        boolean known = KNOWN.contains(warning.code());
        String channel = warning.channelName() == null ? getTranslation("health.unknownChannel")
                : getTranslation("health.channel", warning.channelName());
        String permission = warning.permission() == null ? getTranslation("health.unknownPermission")
                : getTranslation("health.permission." + warning.permission().toUpperCase(Locale.ROOT));
        Span text = new Span(getTranslation("health." + (known ? warning.code() : "OTHER"), channel, permission));
        if (!known) {
            text.setTitle(getTranslation("health.OTHER.code", warning.code()));
        }
        ListItem item = new ListItem();
        HealthAction action = HealthAction.forWarning(warning);
        fill(item, text, action.labelKey(), action.settingsField() == null || settings == null
                ? ui -> OverviewSections.jump(ui, action.sectionIds())
                : ui -> settings.open(ui, guildId, action.settingsField()), "ERROR".equals(warning.severity()));
        item.getElement().setAttribute("data-code", warning.code());
        return item;
    }

    /** One warning's content: icon, what is wrong and the action; shared with the live bot state. */
    static <T extends Component & HasComponents> void fill(T item, Span text, String labelKey,
                                                          SerializableConsumer<UI> action, boolean error) {
        Button go = new Button(item.getTranslation(labelKey), click -> click.getSource().getUI().ifPresent(action));
        go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        go.addClassName("tb-health-action");
        Div body = new Div(text, go);
        body.addClassName("tb-health-body");
        item.removeAll();
        item.add(AppIcon.WARNING.create(), body);
        item.getElement().getClassList().add("tb-health-item");
        item.getElement().getClassList().set("tb-health-error", error);
    }

    private void botStateShown(boolean shown) {
        botState.setVisible(shown);
        allWell.setVisible(!setupWarnings && !shown);
    }
}
