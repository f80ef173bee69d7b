package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.api.settings.SettingsWarning;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.settings.SettingsService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private final SettingsNotificationsSection notifications = new SettingsNotificationsSection();
    private final SettingsDeliverySection delivery = new SettingsDeliverySection();
    private final SettingsMessageSection message = new SettingsMessageSection();
    private final SettingsLimitsSection limits = new SettingsLimitsSection();
    private final Button save = new Button();
    private final Button discard = new Button();
    private final Div problems = new Div();
    private final SettingsHealthList health = new SettingsHealthList();
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
        for (SettingsSection section : List.of(notifications, delivery, message, limits)) {
            section.bind(binder);
            fields.putAll(section.fields());
        }
        binder.addValueChangeListener(e -> refresh());
        problems.setId("settings-problems");
        problems.addClassName("tb-inline-warning");
        problems.setVisible(false);
        lastSaved.setId("settings-last-saved");
        lastSaved.addClassName("tb-muted");
        add(health, problems, notifications, delivery, message, limits, lastSaved, footer());
    }

    /** Shows {@code loaded} as the version to edit; {@code values} (or its own values, when null) in the fields. */
    void show(SettingsState loaded, SettingsDraft values) {
        state = loaded;
        notifications.offer(loaded);
        base = normalised(loaded.settings().draft());
        form = SettingsForm.of(values == null ? base : values);
        binder.readBean(form);
        problems.setVisible(false);
        health.show(loaded.settings().health());
        GuildSettings settings = loaded.settings();
        UserTime.whenKnown(this, () -> lastSaved.setText(settings.updatedAt() == null
                ? getTranslation("settings.neverSaved")
                : getTranslation("settings.lastSaved", UserTime.of(this).dateTime(settings.updatedAt()),
                        saver(settings))));
        refresh();
    }

    /**
     * Who saved a version, as far as the settings can tell: they name users by id, and the
     * dashboard knows only the signed-in user's name, so anyone else is "another admin" (the
     * conflict dialog names them from the audit trail).
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

    /** Follows the values: which fields apply, the preview, and whether there is anything to save. */
    private void refresh() {
        if (state == null) {
            return;
        }
        notifications.refresh();
        delivery.refresh();
        message.refresh(notifications.mentionedRoleName());
        changed = !edited().equals(base);
        save.setEnabled(changed);
        discard.setEnabled(changed);
    }

    /** The values in the fields as a draft, valid or not (for comparing, never for sending). */
    private SettingsDraft edited() {
        SettingsForm copy = SettingsForm.of(base);
        binder.writeBeanAsDraft(copy, true);
        return copy.draft(notifications.everyoneRole());
    }

    private SettingsDraft normalised(SettingsDraft draft) {
        return SettingsForm.of(draft).draft(notifications.everyoneRole());
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return; // the fields say what is wrong
        }
        send(state, form.draft(notifications.everyoneRole()));
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

    /**
     * Someone saved since {@code mine} was loaded: their version and the saves in between are read
     * (off the session lock), then the admin chooses. The saves come from the audit trail; when it
     * cannot be read the dialog says so and offers the same choices.
     */
    private void conflict(SettingsState mine, SettingsDraft myValues) {
        UserAction.run(background, save, () -> SettingsConflict.read(service, mine), conflict -> {
            SettingsState their = mine.with(conflict.theirs());
            SettingsSavesList history = new SettingsSavesList(conflict.saves(), their, service::isSignedIn);
            new SettingsConflictDialog(base, myValues, normalised(conflict.theirs().draft()), conflict.theirs(),
                    Objects.requireNonNullElseGet(conflict.lastSaverName(service), () -> saver(conflict.theirs())),
                    history,
                    () -> show(their, null),
                    merged -> {
                        show(their, merged);
                        send(their, merged);
                    }).open();
        }, refusal -> UserAction.tell(UI.getCurrent(), refusal));
    }

    /** A saved version can still miss something (the bot's permissions): a notice, since nothing failed. */
    private void warnAbout(List<SettingsWarning> warnings) {
        warnings.stream().filter(w -> "BOT_MISSING_PERMISSION".equals(w.code()))
                .map(warning -> SettingsHealthList.text(this, warning))
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
