package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.Role;
import dev.trackboard.api.settings.Delivery;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.api.settings.SettingsWarning;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.settings.SettingsService;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * The settings form for one loaded version. The Binder reads a copy ({@link SettingsForm}); Save is
 * enabled only while the values differ from the loaded ones and sends them with the loaded version.
 * The Binder's checks are quick feedback; the API is the truth, and its field errors appear on the
 * fields. A stale version (someone saved since) opens {@link SettingsConflictDialog}: nothing is
 * overwritten without the admin choosing so.
 */
final class SettingsEditor extends Div {

    private static final Duration WARNING_NOTICE = Duration.ofSeconds(10);

    private final SettingsService service;
    private final Background background;
    private final Binder<SettingsForm> binder = new Binder<>();
    private final Checkbox tracking = new Checkbox();
    private final ComboBox<String> channel = new ComboBox<>();
    private final ComboBox<String> role = new ComboBox<>();
    private final Checkbox everyone = new Checkbox();
    private final CheckboxGroup<Platform> platforms = new CheckboxGroup<>();
    private final RadioButtonGroup<Delivery> delivery = new RadioButtonGroup<>();
    private final TimePicker digestTime = new TimePicker();
    private final TimePicker quietFrom = new TimePicker();
    private final TimePicker quietTo = new TimePicker();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextArea template = new TextArea();
    private final MessagePreview preview = new MessagePreview();
    private final IntegerField minLikes = new IntegerField();
    private final IntegerField retention = new IntegerField();
    private final Button save = new Button();
    private final Button discard = new Button();
    private final Div problems = new Div();
    private final UnorderedList health = new UnorderedList();
    private final Paragraph lastSaved = new Paragraph();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private SettingsState state;
    private SettingsDraft base;
    private SettingsForm form;
    private boolean changed;

    SettingsEditor(SettingsService service, Background background) {
        this.service = service;
        this.background = background;
        setId("settings-editor");
        addClassName("tb-settings-editor");
        configureFields();
        bind();
        health.setId("settings-health");
        health.addClassName("tb-settings-health");
        problems.setId("settings-problems");
        problems.addClassName("tb-inline-warning");
        problems.setVisible(false);
        lastSaved.setId("settings-last-saved");
        lastSaved.addClassName("tb-muted");
        add(health, problems,
                section("settings.section.notifications", tracking, channel, role, everyone, platforms),
                section("settings.section.delivery", delivery, digestTime, quietFrom, quietTo, timeZone),
                section("settings.section.message", template, preview),
                section("settings.section.limits", minLikes, retention),
                lastSaved, footer());
    }

    /** Shows {@code loaded} as the version to edit; {@code values} (or its own values, when null) in the fields. */
    void show(SettingsState loaded, SettingsDraft values) {
        state = loaded;
        base = normalised(loaded.settings().draft());
        channel.setItems(choosableChannels(loaded.channels()));
        channel.setItemLabelGenerator(id -> loaded.channels().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> "#" + c.name()).orElseGet(() -> getTranslation("settings.channel.deleted")));
        role.setItems(choosableRoles(loaded));
        role.setItemLabelGenerator(id -> {
            String name = roleName(id);
            return name == null ? getTranslation("settings.role.deleted") : "@" + name;
        });
        form = SettingsForm.of(values == null ? base : values);
        binder.readBean(form);
        problems.setVisible(false);
        showHealth(loaded.settings().health());
        GuildSettings settings = loaded.settings();
        UserTime.whenKnown(this, () -> lastSaved.setText(settings.updatedAt() == null
                ? getTranslation("settings.neverSaved")
                : getTranslation("settings.lastSaved", UserTime.of(this).dateTime(settings.updatedAt()),
                        saver(settings))));
        refresh();
    }

    /**
     * Who saved a version, as far as the screen can tell: the API names users by id, and the
     * dashboard knows only the signed-in user's name, so anyone else is "another admin" (the audit
     * log, once there, names them).
     */
    private String saver(GuildSettings settings) {
        return getTranslation(service.isSignedIn(settings.updatedBy()) ? "settings.you" : "settings.someone");
    }

    /** Whether the fields hold values not saved yet. */
    boolean hasUnsavedChanges() {
        return changed;
    }

    /** Puts the cursor in the field a warning or link named (an API field name); others are ignored. */
    void focus(String field) {
        Component target = fields.get(field);
        if (target instanceof Focusable<?> focusable) {
            target.scrollIntoView();
            focusable.focus();
        }
    }

    private void configureFields() {
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
        delivery.setLabel(getTranslation("settings.field.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("settings.delivery." + d.name()));
        digestTime.setLabel(getTranslation("settings.field.digestTime"));
        digestTime.setHelperText(getTranslation("settings.guildTime.help"));
        digestTime.setStep(Duration.ofMinutes(15));
        quietFrom.setLabel(getTranslation("settings.field.quietHoursFrom"));
        quietTo.setLabel(getTranslation("settings.field.quietHoursTo"));
        quietFrom.setHelperText(getTranslation("settings.quietHours.help"));
        quietFrom.setClearButtonVisible(true);
        quietTo.setClearButtonVisible(true);
        quietFrom.setStep(Duration.ofMinutes(15));
        quietTo.setStep(Duration.ofMinutes(15));
        timeZone.setLabel(getTranslation("settings.field.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        template.setLabel(getTranslation("settings.field.messageTemplate"));
        template.setHelperText(getTranslation("settings.template.help"));
        template.setValueChangeMode(ValueChangeMode.LAZY);
        template.setMaxLength(2_000);
        minLikes.setLabel(getTranslation("settings.field.minLikes"));
        minLikes.setHelperText(getTranslation("settings.minLikes.help"));
        minLikes.setMin(0);
        minLikes.setMax(1_000_000);
        minLikes.setStepButtonsVisible(true);
        retention.setLabel(getTranslation("settings.field.retentionDays"));
        retention.setHelperText(getTranslation("settings.retention.help"));
        retention.setMin(7);
        retention.setMax(365);
        retention.setStepButtonsVisible(true);
        fields.put("trackingEnabled", tracking);
        fields.put("notificationChannelId", channel);
        fields.put("mentionRoleId", role);
        fields.put("mentionEveryoneConfirmed", everyone);
        fields.put("platforms", platforms);
        fields.put("delivery", delivery);
        fields.put("digestTime", digestTime);
        fields.put("quietHoursFrom", quietFrom);
        fields.put("quietHoursTo", quietTo);
        fields.put("timeZone", timeZone);
        fields.put("messageTemplate", template);
        fields.put("minLikes", minLikes);
        fields.put("retentionDays", retention);
        fields.forEach((name, field) -> field.setId("settings-" + name));
        preview.addClassName("tb-settings-wide");
    }

    private void bind() {
        binder.forField(tracking).bind(SettingsForm::isTrackingEnabled, SettingsForm::setTrackingEnabled);
        binder.forField(channel).bind(SettingsForm::getNotificationChannelId, SettingsForm::setNotificationChannelId);
        var roleBinding = binder.forField(role)
                .withValidator(id -> !everyoneRole().equals(id) || everyone.getValue(),
                        getTranslation("settings.validation.everyone"))
                .bind(SettingsForm::getMentionRoleId, SettingsForm::setMentionRoleId);
        binder.forField(everyone).bind(SettingsForm::isMentionEveryoneConfirmed, SettingsForm::setMentionEveryoneConfirmed);
        binder.forField(platforms).withValidator(chosen -> !chosen.isEmpty(), getTranslation("settings.validation.platforms"))
                .bind(SettingsForm::getPlatforms, SettingsForm::setPlatforms);
        binder.forField(delivery).asRequired(getTranslation("settings.validation.delivery"))
                .bind(SettingsForm::getDelivery, SettingsForm::setDelivery);
        var digestBinding = binder.forField(digestTime)
                .withValidator(time -> delivery.getValue() != Delivery.DAILY_DIGEST || time != null,
                        getTranslation("settings.validation.digestTime"))
                .bind(SettingsForm::getDigestTime, SettingsForm::setDigestTime);
        binder.forField(quietFrom).bind(SettingsForm::getQuietHoursFrom, SettingsForm::setQuietHoursFrom);
        var quietToBinding = binder.forField(quietTo)
                .withValidator(to -> (to == null) == (quietFrom.getValue() == null),
                        getTranslation("settings.validation.quietHoursBoth"))
                .withValidator(to -> to == null || !to.equals(quietFrom.getValue()),
                        getTranslation("settings.validation.quietHoursSame"))
                .bind(SettingsForm::getQuietHoursTo, SettingsForm::setQuietHoursTo);
        binder.forField(timeZone).asRequired(getTranslation("settings.validation.timeZone"))
                .bind(SettingsForm::getTimeZone, SettingsForm::setTimeZone);
        binder.forField(template).asRequired(getTranslation("settings.validation.template"))
                .withValidator(new StringLengthValidator(getTranslation("settings.validation.templateLength"), 1, 2_000))
                .withValidator((text, context) -> unknownPlaceholder(text) == null ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("settings.validation.placeholder", unknownPlaceholder(text))))
                .bind(SettingsForm::getMessageTemplate, SettingsForm::setMessageTemplate);
        binder.forField(minLikes).asRequired(getTranslation("settings.validation.minLikes"))
                .withValidator(new IntegerRangeValidator(getTranslation("settings.validation.minLikes"), 0, 1_000_000))
                .bind(SettingsForm::getMinLikes, SettingsForm::setMinLikes);
        binder.forField(retention).asRequired(getTranslation("settings.validation.retentionDays"))
                .withValidator(new IntegerRangeValidator(getTranslation("settings.validation.retentionDays"), 7, 365))
                .bind(SettingsForm::getRetentionDays, SettingsForm::setRetentionDays);
        // a check that reads another field runs again when that field changes
        everyone.addValueChangeListener(e -> roleBinding.validate());
        delivery.addValueChangeListener(e -> digestBinding.validate());
        quietFrom.addValueChangeListener(e -> quietToBinding.validate());
        binder.addValueChangeListener(e -> refresh());
    }

    /** Follows the values: which fields apply, the preview, and whether there is anything to save. */
    private void refresh() {
        if (state == null) {
            return;
        }
        boolean toEveryone = everyoneRole().equals(role.getValue());
        everyone.setVisible(toEveryone);
        digestTime.setVisible(delivery.getValue() == Delivery.DAILY_DIGEST);
        preview.show(template.getValue(), roleName(role.getValue()));
        changed = !edited().equals(base);
        save.setEnabled(changed);
        discard.setEnabled(changed);
    }

    /** The values in the fields as a draft, valid or not (for comparing, never for sending). */
    private SettingsDraft edited() {
        SettingsForm copy = SettingsForm.of(base);
        binder.writeBeanAsDraft(copy, true);
        return copy.draft(everyoneRole());
    }

    private SettingsDraft normalised(SettingsDraft draft) {
        return SettingsForm.of(draft).draft(everyoneRole());
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return; // the fields say what is wrong
        }
        send(state, form.draft(everyoneRole()));
    }

    /** Saves {@code draft} on top of {@code on}'s version. */
    private void send(SettingsState on, SettingsDraft draft) {
        UserAction.run(background, save, () -> service.save(on.guildId(), on.settings().version(), draft), saved -> {
            show(on.with(saved), null);
            Notification.show(getTranslation("settings.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            warnAbout(saved.health());
        }, refusal -> {
            switch (refusal) {
                case TrackingApiException.InvalidRequest invalid -> showFieldErrors(invalid.fieldErrors());
                case TrackingApiException.Conflict stale -> conflict(on, draft);
                default -> UserAction.tell(UI.getCurrent(), refusal);
            }
            refresh();
        });
    }

    /** Someone saved since {@code mine} was loaded: their version is read, then the admin chooses. */
    private void conflict(SettingsState mine, SettingsDraft myValues) {
        UserAction.run(background, save, () -> service.settings(mine.guildId()), theirs -> {
            SettingsState their = mine.with(theirs);
            new SettingsConflictDialog(base, myValues, normalised(theirs.draft()), theirs, saver(theirs),
                    () -> show(their, null),
                    merged -> {
                        show(their, merged);
                        send(their, merged);
                    }).open();
        }, refusal -> UserAction.tell(UI.getCurrent(), refusal));
    }

    /** A saved version can still miss something (the bot's permissions): a notice, since nothing failed. */
    private void warnAbout(List<SettingsWarning> warnings) {
        warnings.stream().filter(w -> "BOT_MISSING_PERMISSION".equals(w.code())).map(this::warningText)
                .forEach(text -> {
                    Notification notice = Notification.show(text, (int) WARNING_NOTICE.toMillis(),
                            Notification.Position.BOTTOM_END);
                    notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
                });
    }

    private void showFieldErrors(List<TrackingApiException.FieldError> errors) {
        problems.removeAll();
        for (TrackingApiException.FieldError error : errors) {
            Component field = fields.get(error.field());
            String text = getTranslation(field == null ? "error.fieldRefused" : "settings.problem." + error.field());
            if (field instanceof HasValidation validated && field.isVisible()) {
                validated.setErrorMessage(text);
                validated.setInvalid(true);
            } else {
                problems.add(new Paragraph(text));
            }
        }
        problems.setVisible(problems.getComponentCount() > 0);
        errors.stream().map(e -> fields.get(e.field())).filter(Objects::nonNull).findFirst()
                .filter(f -> f instanceof Focusable<?>).ifPresent(f -> ((Focusable<?>) f).focus());
    }

    private void showHealth(List<SettingsWarning> warnings) {
        health.removeAll();
        warnings.forEach(warning -> {
            ListItem item = new ListItem(warningText(warning));
            item.getElement().setAttribute("data-code", warning.code());
            health.add(item);
        });
        health.setVisible(!warnings.isEmpty());
    }

    private String warningText(SettingsWarning warning) {
        String channelText = warning.channelName() == null ? getTranslation("health.unknownChannel")
                : getTranslation("health.channel", warning.channelName());
        String permission = warning.permission() == null ? getTranslation("health.unknownPermission")
                : getTranslation("health.permission." + warning.permission().toUpperCase(java.util.Locale.ROOT));
        return SettingsFieldNames.KNOWN_WARNINGS.contains(warning.code())
                ? getTranslation("health." + warning.code(), channelText, permission)
                : getTranslation("health.OTHER");
    }

    /** The channels the bot can post notifications in. */
    private List<String> choosableChannels(List<Channel> channels) {
        return channels.stream()
                .filter(c -> c.type() == Channel.Type.TEXT || c.type() == Channel.Type.ANNOUNCEMENT)
                .sorted(Comparator.comparingInt(Channel::position).thenComparing(Channel::name))
                .map(Channel::id).toList();
    }

    /** The roles a notification may mention: none that an integration manages (the bot's own pings nobody). */
    private List<String> choosableRoles(SettingsState loaded) {
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

    private String everyoneRole() {
        return state == null ? "" : state.everyoneRoleId();
    }

    static String unknownPlaceholder(String text) {
        if (text == null) {
            return null;
        }
        Matcher placeholder = MessagePreview.PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!MessagePreview.KNOWN.contains(placeholder.group(1))) {
                return placeholder.group();
            }
        }
        return null;
    }

    private Div section(String titleKey, Component... content) {
        FormLayout layout = new FormLayout(content);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        for (Component field : content) {
            if (field == platforms || field == delivery || field == template || field == preview
                    || field == everyone || field == tracking) {
                layout.setColspan(field, 2);
            }
        }
        Div section = new Div(new H2(getTranslation(titleKey)), layout);
        section.addClassNames("tb-card", "tb-settings-section");
        return section;
    }

    private Div footer() {
        save.setText(getTranslation("settings.save"));
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        discard.setText(getTranslation("settings.discard"));
        discard.setId("settings-discard");
        discard.addClickListener(e -> show(state, null));
        Div buttons = new Div(discard, save);
        buttons.addClassName("tb-settings-buttons");
        Div footer = new Div(buttons);
        footer.addClassName("tb-settings-footer");
        return footer;
    }
}
