package dev.trackboard.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.audit.AuditChange;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditEntryDetail;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.FactTile;
import dev.trackboard.base.ui.UserTime;
import java.util.function.BiConsumer;

/**
 * One audit entry whole: who and when, what, every field before and after (as text, wrapped), the
 * bulk action it belongs to, the entries it undoes or that undid it (links), and "Undo this change"
 * when the API says it can be undone — else why not, in the bundle's words.
 */
class AuditEntryDialog extends Dialog {

    /** Links into the audit screen: to one entry (by id) and to one bulk action's entries (by group). */
    interface Links {
        RouterLink entry(long entryId, String text);

        RouterLink group(String groupId, String text);
    }

    private final AuditEntryDetail detail;

    /**
     * @param notice a note above the entry (it was read again because it changed meanwhile), or null
     * @param undo   asked to undo the entry, with the button that asked
     */
    AuditEntryDialog(AuditEntryDetail detail, AuditWords words, Links links, String notice,
                     BiConsumer<AuditEntryDetail, Button> undo) {
        this.detail = detail;
        AuditEntry entry = detail.entry();
        setId("audit-detail");
        addClassName("tb-audit-detail");
        setHeaderTitle(getTranslation("audit.detail.title", words.action(entry.action()), entry.target().name()));
        setWidth("min(46rem, 100%)");
        if (notice != null) {
            Div note = new Div(notice);
            note.setId("audit-detail-notice");
            note.addClassName("tb-inline-warning");
            add(note);
        }
        Div facts = new Div(
                new FactTile(getTranslation("audit.column.who"), actor(entry)),
                new FactTile(getTranslation("audit.column.when"), UserTime.of(this).dateTime(entry.createdAt())),
                new FactTile(getTranslation("audit.detail.target"), getTranslation("audit.detail.targetOf",
                        words.targetType(entry.target().type()), entry.target().name())));
        facts.addClassName("tb-facts");
        add(facts, diff(entry, words));
        Div related = new Div();
        related.addClassName("tb-audit-related");
        if (entry.groupId() != null) {
            RouterLink group = links.group(entry.groupId(), getTranslation("audit.detail.group"));
            group.setId("audit-detail-group");
            related.add(new Paragraph(group));
        }
        if (entry.revertOf() != null) {
            RouterLink undid = links.entry(entry.revertOf(), getTranslation("audit.detail.undoes"));
            undid.setId("audit-detail-undoes");
            related.add(new Paragraph(undid));
        }
        for (Long by : detail.revertedBy()) {
            RouterLink undoneBy = links.entry(by, getTranslation("audit.detail.undoneBy"));
            undoneBy.addClassName("tb-audit-undone-by");
            related.add(new Paragraph(undoneBy));
        }
        if (related.getComponentCount() > 0) {
            add(related);
        }
        if (detail.revertible()) {
            Button button = new Button(getTranslation("audit.undo"), AppIcon.UNDO.create());
            button.setId("audit-undo");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClickListener(e -> undo.accept(detail, button));
            getFooter().add(button);
        } else {
            Paragraph why = new Paragraph(words.notRevertible(detail));
            why.setId("audit-not-revertible");
            why.addClassName("tb-muted");
            add(why);
        }
        Button close = new Button(getTranslation("audit.close"), e -> close());
        close.setId("audit-detail-close");
        getFooter().add(close);
    }

    long entryId() {
        return detail.entry().id();
    }

    private static Span actor(AuditEntry entry) {
        Avatar avatar = new Avatar(entry.actor().name(), entry.actor().avatarUrl());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(entry.actor().name());
        name.setId("audit-detail-actor");
        Span who = new Span(avatar, name);
        who.addClassName("tb-audit-actor");
        return who;
    }

    /** Field / before / after, one row per changed field, each value whole. */
    private Component diff(AuditEntry entry, AuditWords words) {
        if (entry.changes().isEmpty()) {
            return new Paragraph(getTranslation("audit.detail.noFields"));
        }
        NativeTable table = new NativeTable();
        table.setId("audit-diff");
        table.addClassName("tb-audit-diff");
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(header("audit.detail.field"), header("audit.detail.before"),
                header("audit.detail.after")));
        NativeTableBody body = table.getBody();
        for (AuditChange change : entry.changes()) {
            NativeTableRow row = body.addRow();
            NativeTableCell field = new NativeTableCell(words.field(change.field()));
            field.addClassName("tb-audit-field");
            row.add(field, value(words, change.field(), change.before()), value(words, change.field(), change.after()));
        }
        return table;
    }

    private static NativeTableCell value(AuditWords words, String field, String value) {
        NativeTableCell cell = new NativeTableCell(words.value(field, value));
        cell.addClassName("tb-audit-value");
        if (value == null) {
            cell.addClassName("tb-audit-none"); // created or deleted: no value, not the text "none"
        }
        return cell;
    }

    private NativeTableHeaderCell header(String key) {
        return new NativeTableHeaderCell(getTranslation(key));
    }
}
