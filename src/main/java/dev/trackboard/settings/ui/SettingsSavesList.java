package dev.trackboard.settings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.trackboard.api.audit.AuditChange;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.settings.SettingsSaves;
import java.util.function.Predicate;

/**
 * Who changed what since this admin loaded the settings, from the audit trail: one item per save,
 * oldest first, with who (you, or the name Discord knows), when (in the user's time zone), and each
 * field before → after in the screen's words. When the trail could not be read, it says so: the
 * conflict dialog's choices do not depend on it.
 */
final class SettingsSavesList extends Div {

    /**
     * {@code saves} null when the audit trail could not be read; {@code guild}: the newer version's
     * channels and roles, for names; {@code isMe}: whether an actor id is the signed-in user.
     */
    SettingsSavesList(SettingsSaves saves, SettingsState guild, Predicate<String> isMe) {
        setId("settings-conflict-history");
        addClassName("tb-settings-history");
        if (saves == null) {
            Paragraph unavailable = new Paragraph(getTranslation("settings.history.unavailable"));
            unavailable.setId("settings-conflict-history-unavailable");
            unavailable.addClassName("tb-muted");
            add(unavailable);
            return;
        }
        SettingsValueWords words = new SettingsValueWords(this, guild);
        add(new Paragraph(getTranslation("settings.history.title")));
        UnorderedList list = new UnorderedList();
        for (AuditEntry save : saves.saves()) {
            ListItem item = new ListItem();
            item.addClassName("tb-settings-history-save");
            Span who = new Span();
            String name = isMe.test(save.actor().id()) ? getTranslation("settings.history.you") : save.actor().name();
            UserTime.whenKnown(this, () -> who.setText(getTranslation("settings.history.who", name,
                    UserTime.of(this).dateTime(save.createdAt()))));
            UnorderedList changes = new UnorderedList();
            for (AuditChange change : save.changes()) {
                changes.add(new ListItem(SettingsFieldNames.ALL.contains(change.field())
                        ? getTranslation("settings.history.change", getTranslation("settings.field." + change.field()),
                                words.of(change.field(), change.before()), words.of(change.field(), change.after()))
                        : getTranslation("settings.history.otherChange")));
            }
            item.add(who, changes);
            list.add(item);
        }
        add(list);
        if (saves.notShown() > 0) {
            add(new Paragraph(getTranslation("settings.history.notShown", saves.notShown())));
        }
    }
}
