package dev.trackboard.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.base.ui.UserTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Someone saved the settings after this admin loaded them (the API answered 412). Says who saved
 * last and when, every save since this admin's version (who, when, each field before → after, from
 * the audit trail: {@link SettingsSavesList}), which settings they changed and which both changed,
 * and lets the admin load their version (mine are dropped) or re-apply only the fields this admin
 * changed onto it and save that with the new version. Closing it keeps the form as it is: nothing
 * is saved or lost by leaving it. The choices do not depend on the audit trail being readable.
 */
final class SettingsConflictDialog extends Dialog {

    /** {@code saver}: who saved {@code their} version, in words; {@code history}: the saves since mine. */
    SettingsConflictDialog(SettingsDraft base, SettingsDraft mine, SettingsDraft theirs, GuildSettings their,
                           String saver, SettingsSavesList history, Runnable loadTheirs,
                           Consumer<SettingsDraft> applyMine) {
        setId("settings-conflict");
        setHeaderTitle(getTranslation("settings.conflict.title"));
        setWidth("min(34rem, 100%)");
        List<String> theyChanged = SettingsChanges.between(base, theirs);
        List<String> iChanged = SettingsChanges.between(base, mine);
        List<String> both = theyChanged.stream().filter(iChanged::contains).toList();
        Paragraph who = new Paragraph();
        who.setId("settings-conflict-who");
        UserTime.whenKnown(this, () -> who.setText(getTranslation("settings.conflict.who", saver,
                their.updatedAt() == null ? "" : UserTime.of(this).dateTime(their.updatedAt()))));
        Div body = new Div(who, history, line("settings-conflict-theirs", "settings.conflict.theirs", theyChanged),
                line("settings-conflict-mine", "settings.conflict.mine", iChanged));
        if (!both.isEmpty()) {
            Paragraph overlap = line("settings-conflict-both", "settings.conflict.both", both);
            overlap.addClassName("tb-inline-warning");
            body.add(overlap);
        }
        body.add(new Paragraph(getTranslation("settings.conflict.nothingSaved")));
        add(body);
        Button load = new Button(getTranslation("settings.conflict.loadTheirs"), e -> {
            close();
            loadTheirs.run();
        });
        load.setId("settings-conflict-load");
        Button apply = new Button(getTranslation("settings.conflict.applyMine"), e -> {
            close();
            applyMine.accept(SettingsChanges.reapply(base, mine, theirs));
        });
        apply.setId("settings-conflict-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("settings.conflict.keepEditing"), e -> close());
        cancel.setId("settings-conflict-cancel");
        getFooter().add(cancel, load, apply);
    }

    private Paragraph line(String id, String key, List<String> fields) {
        String names = fields.isEmpty() ? getTranslation("settings.conflict.nothing")
                : fields.stream().map(field -> getTranslation("settings.field." + field)).collect(Collectors.joining(", "));
        Paragraph line = new Paragraph(getTranslation(key, names));
        line.setId(id);
        return line;
    }
}
