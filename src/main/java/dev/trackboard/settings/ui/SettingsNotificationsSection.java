package dev.trackboard.settings.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.Role;
import dev.trackboard.api.tracking.Platform;
import java.util.Comparator;
import java.util.List;

/**
 * Whether and where the bot announces posts: tracking on/off, the channel and the role to mention
 * (picked from the guild's own; one deleted since shows as "A deleted channel/role"), @everyone only
 * with its confirmation, and the platforms tracked.
 */
final class SettingsNotificationsSection extends SettingsSection {

    private final Checkbox tracking = field("trackingEnabled", new Checkbox());
    private final ComboBox<String> channel = field("notificationChannelId", new ComboBox<>());
    private final ComboBox<String> role = field("mentionRoleId", new ComboBox<>());
    private final Checkbox everyone = field("mentionEveryoneConfirmed", new Checkbox());
    private final CheckboxGroup<Platform> platforms = field("platforms", new CheckboxGroup<>());
    private SettingsState state;

    SettingsNotificationsSection() {
        tracking.setLabel(getTranslation("settings.field.trackingEnabled"));
        channel.setLabel(getTranslation("settings.field.notificationChannelId"));
        channel.setHelperText(getTranslation("settings.channel.help"));
        channel.setPlaceholder(getTranslation("settings.channel.none"));
        channel.setClearButtonVisible(true);
        role.setLabel(getTranslation("settings.field.mentionRoleId"));
        role.setPlaceholder(getTranslation("settings.role.none"));
        role.setClearButtonVisible(true);
        everyone.setLabel(getTranslation("settings.everyone.confirm"));
        platforms.setLabel(getTranslation("settings.field.platforms"));
        platforms.setItems(Platform.values());
        platforms.setItemLabelGenerator(p -> getTranslation("tracking.platform." + p.name()));
        layOut("settings.section.notifications", List.of(platforms, everyone, tracking),
                tracking, channel, role, everyone, platforms);
    }

    @Override
    void bind(Binder<SettingsForm> binder) {
        binder.forField(tracking).bind(SettingsForm::isTrackingEnabled, SettingsForm::setTrackingEnabled);
        binder.forField(channel).bind(SettingsForm::getNotificationChannelId, SettingsForm::setNotificationChannelId);
        var roleBinding = binder.forField(role)
                .withValidator(id -> !everyoneRole().equals(id) || everyone.getValue(),
                        getTranslation("settings.validation.everyone"))
                .bind(SettingsForm::getMentionRoleId, SettingsForm::setMentionRoleId);
        binder.forField(everyone).bind(SettingsForm::isMentionEveryoneConfirmed, SettingsForm::setMentionEveryoneConfirmed);
        binder.forField(platforms).withValidator(chosen -> !chosen.isEmpty(), getTranslation("settings.validation.platforms"))
                .bind(SettingsForm::getPlatforms, SettingsForm::setPlatforms);
        // a check that reads another field runs again when that field changes
        everyone.addValueChangeListener(e -> roleBinding.validate());
    }

    /** The pickers offer what {@code loaded}'s guild has. */
    void offer(SettingsState loaded) {
        state = loaded;
        channel.setItems(choosableChannels(loaded.channels()));
        channel.setItemLabelGenerator(id -> loaded.channels().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> "#" + c.name()).orElseGet(() -> getTranslation("settings.channel.deleted")));
        role.setItems(choosableRoles(loaded));
        role.setItemLabelGenerator(id -> {
            String name = roleName(id);
            return name == null ? getTranslation("settings.role.deleted") : "@" + name;
        });
    }

    /** The confirmation shows only while @everyone is chosen. */
    void refresh() {
        everyone.setVisible(everyoneRole().equals(role.getValue()));
    }

    /** The chosen role's name (for the preview's mention), null when none or deleted. */
    String mentionedRoleName() {
        return roleName(role.getValue());
    }

    String everyoneRole() {
        return state == null ? "" : state.everyoneRoleId();
    }

    /** The channels the bot can post notifications in. */
    private static List<String> choosableChannels(List<Channel> channels) {
        return channels.stream()
                .filter(c -> c.type() == Channel.Type.TEXT || c.type() == Channel.Type.ANNOUNCEMENT)
                .sorted(Comparator.comparingInt(Channel::position).thenComparing(Channel::name))
                .map(Channel::id).toList();
    }

    /** The roles a notification may mention: none that an integration manages (the bot's own pings nobody). */
    private static List<String> choosableRoles(SettingsState loaded) {
        return loaded.roles().stream().filter(r -> !r.managed())
                .sorted(Comparator.comparingInt(Role::position).reversed()).map(Role::id).toList();
    }

    private String roleName(String id) {
        if (id == null || state == null) {
            return null;
        }
        if (id.equals(everyoneRole())) {
            return "everyone";
        }
        return state.roles().stream().filter(r -> r.id().equals(id)).map(Role::name).findFirst().orElse(null);
    }
}
