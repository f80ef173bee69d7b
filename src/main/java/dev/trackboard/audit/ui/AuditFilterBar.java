package dev.trackboard.audit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import dev.trackboard.api.audit.AuditActor;
import dev.trackboard.base.ui.grid.FilterBar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who, what action, what kind of target, the days (From, To, in the user's zone) and, when a link
 * names one, the bulk action of the audit screen. The pickers offer what the guild's trail holds; a
 * link value they do not offer (or cannot read) stays refused, marked on its field, until the user
 * changes a filter (any: the refusal says the link was not used, the change says what to show instead).
 */
class AuditFilterBar extends FilterBar<AuditFilter, AuditChoices> {

    private final Select<AuditActor> actor = new Select<>();
    private final Select<String> action = new Select<>();
    private final Select<String> target = new Select<>();
    private final DatePicker from = dayPicker("audit-from", "audit.filter.from");
    private final DatePicker to = dayPicker("audit-to", "audit.filter.to");
    private final Select<String> group = new Select<>();
    private final AuditWords words = new AuditWords(this, AuditNames.NONE);
    private final Set<String> refused = new LinkedHashSet<>();
    private boolean filling;

    AuditFilterBar() {
        picker(actor, "audit-actor-filter", "audit.filter.actor", "audit.filter.anyone");
        actor.setItemLabelGenerator(a -> a == null ? getTranslation("audit.filter.anyone") : a.name());
        picker(action, "audit-action-filter", "audit.filter.action", "audit.filter.anyAction");
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.filter.anyAction") : words.action(a));
        picker(target, "audit-target-filter", "audit.filter.target", "audit.filter.anyTarget");
        target.setItemLabelGenerator(t -> t == null ? getTranslation("audit.filter.anyTarget") : words.targetType(t));
        picker(group, "audit-group-filter", "audit.filter.group", "audit.filter.anyGroup");
        group.setItemLabelGenerator(g -> g == null ? getTranslation("audit.filter.anyGroup")
                : getTranslation("audit.filter.oneGroup"));
        group.setVisible(false);
        add(actor, action, target, from, to, group);
        // the user's first change drops what the link had refused (as the URL drops unknown parameters);
        // this listener runs before watch's, so the filter that change reports has no refusal left
        fields().values().forEach(field -> {
            HasValue<?, ?> value = (HasValue<?, ?>) field;
            value.addValueChangeListener(e -> {
                if (!filling) {
                    refused.clear();
                }
            });
            watch(value);
        });
    }

    private <T> void picker(Select<T> select, String id, String labelKey, String anyKey) {
        select.setId(id);
        select.setAriaLabel(getTranslation(labelKey));
        select.setPlaceholder(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.addClassName("tb-audit-filter");
    }

    @Override
    public AuditFilter value() {
        return new AuditFilter(actor.getValue() == null ? null : actor.getValue().id(), action.getValue(),
                target.getValue(), group.getValue(), from.getValue(), to.getValue(), refused);
    }

    @Override
    protected void fill(AuditFilter filter, AuditChoices choices) {
        filling = true;
        try {
            show(filter, choices);
        } finally {
            filling = false;
        }
    }

    private void show(AuditFilter filter, AuditChoices choices) {
        refused.clear();
        refused.addAll(filter.refused());
        List<AuditActor> actors = choices.facets().actors();
        actor.setItems(actors);
        actor.setValue(offered(AuditFilter.ACTOR, filter.actorId(),
                actors.stream().filter(a -> a.id().equals(filter.actorId())).findFirst().orElse(null)));
        action.setItems(choices.facets().actions());
        action.setValue(offered(AuditFilter.ACTION, filter.action(), in(choices.facets().actions(), filter.action())));
        target.setItems(choices.facets().targetTypes());
        target.setValue(offered(AuditFilter.TARGET, filter.targetType(),
                in(choices.facets().targetTypes(), filter.targetType())));
        // a group is only ever named by a link (the detail's "the whole bulk action"): the trail checks it
        group.setItems(filter.groupId() == null ? List.of() : List.of(filter.groupId()));
        group.setValue(filter.groupId());
        group.setVisible(filter.groupId() != null || refused.contains(AuditFilter.GROUP));
        from.setValue(filter.from());
        to.setValue(filter.to());
    }

    /** {@code shown} when the pickers offer the link's value; a value they do not offer is refused. */
    private <T> T offered(String name, String requested, T shown) {
        if (requested != null && shown == null) {
            refused.add(name);
        }
        return shown;
    }

    private static String in(List<String> offered, String value) {
        return offered.stream().filter(item -> Objects.equals(item, value)).findFirst().orElse(null);
    }

    @Override
    protected Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(AuditFilter.ACTOR, actor);
        fields.put(AuditFilter.ACTION, action);
        fields.put(AuditFilter.TARGET, target);
        fields.put(AuditFilter.FROM, from);
        fields.put(AuditFilter.TO, to);
        fields.put(AuditFilter.GROUP, group);
        return fields;
    }
}
