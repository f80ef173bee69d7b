package dev.trackboard.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import java.util.function.Supplier;

/**
 * The audit list: when (the user's zone), who (avatar and name), what (the action in the bundle's
 * words and the target's name as it was), and every field before → after, cut short with the whole
 * text in a tooltip. All of it is rendered as text, never HTML: names and values are user data. A
 * phone shows one column instead: who and when, what, and the fields' before → after, one line each.
 */
class AuditGrid extends Grid<AuditEntry> {

    static final String WHEN = "when";
    /** What a phone does without (the summary column stands in). */
    private static final String[] SECONDARY = {WHEN, "who", "what", "changes"};

    /** @param words the words of the guild's trail, known once its names are loaded */
    AuditGrid(Supplier<AuditWords> words) {
        super(AuditEntry.class, false);
        setId("audit-grid");
        addClassName("tb-audit-grid");
        addColumn(e -> UserTime.of(this).dateTime(e.createdAt())).setKey(WHEN)
                .setHeader(getTranslation("audit.column.when")).setWidth("11.5rem").setFlexGrow(0);
        addColumn(LitRenderer.<AuditEntry>of("<span class='tb-audit-actor'><vaadin-avatar .img=${item.avatar} "
                        + ".name=${item.name} theme='xsmall' tabindex='-1' aria-hidden='true'></vaadin-avatar>"
                        + "<span class='tb-cell-text'>${item.name}</span></span>")
                .withProperty("avatar", e -> e.actor().avatarUrl())
                .withProperty("name", e -> e.actor().name()))
                .setKey("who").setHeader(getTranslation("audit.column.who")).setWidth("11rem").setFlexGrow(0)
                .setTooltipGenerator(e -> e.actor().name());
        addColumn(LitRenderer.<AuditEntry>of("<span class='tb-audit-what'><span class='tb-audit-action'>${item.action}</span>"
                        + " <span class='tb-cell-text'>${item.target}</span><span class='tb-pill tb-audit-undo-pill'>${item.undo}</span></span>")
                .withProperty("action", e -> words.get().action(e.action()))
                .withProperty("target", e -> e.target().name())
                .withProperty("undo", e -> e.revertOf() == null ? "" : getTranslation("audit.undoPill")))
                .setKey("what").setHeader(getTranslation("audit.column.what")).setWidth("16rem").setFlexGrow(1)
                .setTooltipGenerator(e -> getTranslation("audit.what", words.get().action(e.action()), e.target().name()));
        addColumn(e -> words.get().changes(e, false)).setKey("changes").setHeader(getTranslation("audit.column.changes"))
                .setWidth("16rem").setFlexGrow(2).setTooltipGenerator(e -> words.get().changes(e, true));
        LazyGridScreen.narrowOnly(addColumn(LitRenderer.<AuditEntry>of("<div class='tb-audit-summary'>"
                        + "<div class='tb-muted'>${item.who}</div><div class='tb-cell-text'>${item.what}</div>"
                        + "<div class='tb-muted'>${item.changes}</div></div>")
                .withProperty("who", e -> getTranslation("audit.byAt", e.actor().name(),
                        UserTime.of(this).dateTime(e.createdAt())))
                .withProperty("what", e -> getTranslation("audit.what", words.get().action(e.action()), e.target().name()))
                .withProperty("changes", e -> words.get().changes(e, false)))
                .setKey("summary").setHeader(getTranslation("audit.title")).setFlexGrow(1));
        for (String key : SECONDARY) {
            LazyGridScreen.secondary(getColumnByKey(key));
        }
    }
}
