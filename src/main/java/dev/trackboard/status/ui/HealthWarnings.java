package dev.trackboard.status.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.trackboard.api.status.HealthWarning;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What needs the administrator's attention in the bot's setup; channel names render as text. */
final class HealthWarnings extends Div {

    private static final Set<String> KNOWN = Set.of("NOTIFICATION_CHANNEL_MISSING", "BOT_MISSING_PERMISSION",
            "QUOTA_NEARLY_USED", "QUOTA_EXCEEDED");

    HealthWarnings(List<HealthWarning> warnings) {
        setId("health-warnings");
        addClassNames("tb-card", "tb-health");
        add(new H2(getTranslation("health.title")));
        if (warnings.isEmpty()) {
            Div ok = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("health.none")));
            ok.addClassName("tb-health-ok");
            add(ok);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (HealthWarning warning : warnings) {
            String code = KNOWN.contains(warning.code()) ? warning.code() : "OTHER";
            String channel = warning.channelName() == null ? "?" : "#" + warning.channelName();
            String permission = warning.permission() == null ? ""
                    : getTranslation("health.permission." + warning.permission().toUpperCase(Locale.ROOT));
            Span text = new Span(getTranslation("health." + code, channel, permission, warning.code()));
            ListItem item = new ListItem(VaadinIcon.WARNING.create(), text);
            item.addClassName("tb-health-item");
            item.getElement().getClassList().set("tb-health-error", "ERROR".equals(warning.severity()));
            item.getElement().setAttribute("data-code", warning.code());
            list.add(item);
        }
        add(list);
    }
}
