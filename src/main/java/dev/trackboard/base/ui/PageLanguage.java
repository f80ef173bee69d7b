package dev.trackboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The page's {@code <html lang>} follows the UI's language, so a screen reader speaks German text
 * with German rules and the browser hyphenates and spell-checks in the right language. Set when a
 * UI starts; whoever changes the UI's locale later calls {@link #apply} too.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    public static void apply(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
    }
}
