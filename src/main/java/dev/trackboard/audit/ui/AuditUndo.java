package dev.trackboard.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditEntryDetail;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.UserTime;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * "Undo this change": a new change made by the API (itself audited). When later changes touched
 * the same target, the admin sees them and confirms first; the undo of a settings entry carries the
 * settings version the detail showed, so a save in between makes the API refuse rather than
 * overwrite it. A Conflict (changed or undone meanwhile) reads the entry again and says so.
 */
final class AuditUndo {

    /** The API's undo: {@code confirmed} when the admin has seen the later changes. */
    interface Revert {
        AuditEntry revert(long entryId, boolean confirmed, Long settingsVersion);
    }

    private final Background background;
    private final Revert revert;
    private final Consumer<AuditEntry> done;
    private final LongConsumer changedMeanwhile;

    /**
     * @param done             told the undo's new entry
     * @param changedMeanwhile told the entry's id when the API refused because it changed meanwhile
     */
    AuditUndo(Background background, Revert revert, Consumer<AuditEntry> done, LongConsumer changedMeanwhile) {
        this.background = background;
        this.revert = revert;
        this.done = done;
        this.changedMeanwhile = changedMeanwhile;
    }

    /** Undoes the entry of {@code detail}, asking first when later changes would be overwritten. */
    void start(AuditEntryDetail detail, AuditWords words, Button trigger) {
        if (detail.laterChanges().isEmpty()) {
            send(detail, false, trigger);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("audit-undo-confirm");
        confirm.setHeader(trigger.getTranslation("audit.undo.laterTitle"));
        UnorderedList later = new UnorderedList();
        later.setId("audit-later-changes");
        for (AuditEntry entry : detail.laterChanges()) {
            later.add(new ListItem(trigger.getTranslation("audit.undo.laterItem",
                    UserTime.of(trigger).dateTime(entry.createdAt()), entry.actor().name(),
                    words.changes(entry, false))));
        }
        confirm.setText(new Div(new Paragraph(trigger.getTranslation("audit.undo.laterText",
                detail.laterChanges().size())), later));
        confirm.setCancelable(true);
        confirm.setCancelText(trigger.getTranslation("audit.undo.keep"));
        confirm.setConfirmText(trigger.getTranslation("audit.undo.anyway"));
        confirm.addConfirmListener(e -> send(detail, true, trigger));
        confirm.open();
    }

    private void send(AuditEntryDetail detail, boolean confirmed, Button trigger) {
        long id = detail.entry().id();
        UserAction.run(background, trigger, () -> revert.revert(id, confirmed, detail.settingsVersion()), done,
                refusal -> {
                    switch (refusal) {
                        case TrackingApiException.Conflict changed -> changedMeanwhile.accept(id);
                        case TrackingApiException.NotFound gone -> note(trigger.getTranslation("audit.undo.gone"));
                        case TrackingApiException.InvalidRequest invalid ->
                                note(trigger.getTranslation("audit.undo.invalid"));
                        default -> UserAction.tell(UI.getCurrent(), refusal);
                    }
                });
    }

    private static void note(String text) {
        Notification.show(text, 8000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
