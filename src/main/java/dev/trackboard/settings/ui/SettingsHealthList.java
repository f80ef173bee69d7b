package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dev.trackboard.api.settings.SettingsWarning;
import java.util.List;
import java.util.Locale;

/** What is wrong with the setup now (the API's health warnings), at the top of the form; hidden when nothing is. */
final class SettingsHealthList extends UnorderedList {

    SettingsHealthList() {
        setId("settings-health");
        addClassName("tb-settings-health");
    }

    void show(List<SettingsWarning> warnings) {
        removeAll();
        warnings.forEach(warning -> {
            ListItem item = new ListItem(text(this, warning));
            item.getElement().setAttribute("data-code", warning.code());
            add(item);
        });
        setVisible(!warnings.isEmpty());
    }

    /** A warning in the bundle's words ({@code on}: the component whose locale to use). */
    static String text(Component on, SettingsWarning warning) {
        String channelText = warning.channelName() == null ? on.getTranslation("health.unknownChannel")
                : on.getTranslation("health.channel", warning.channelName());
        String permission = warning.permission() == null ? on.getTranslation("health.unknownPermission")
                : on.getTranslation("health.permission." + warning.permission().toUpperCase(Locale.ROOT));
        return SettingsFieldNames.KNOWN_WARNINGS.contains(warning.code())
                ? on.getTranslation("health." + warning.code(), channelText, permission)
                : on.getTranslation("health.OTHER");
    }
}
