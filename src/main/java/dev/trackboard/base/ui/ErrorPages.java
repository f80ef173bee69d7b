package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.RouterLink;

/** The contents of the error pages, shared by the views that answer different failures. */
final class ErrorPages {

    private ErrorPages() {
    }

    static EmptyState notFound(Component host, Class<? extends Component> home) {
        RouterLink back = new RouterLink(host.getTranslation("notFound.back"), home);
        back.addClassName("tb-button-link");
        return new EmptyState(AppIcon.SEARCH_MINUS, host.getTranslation("notFound.title"),
                host.getTranslation("notFound.text"), back);
    }

    static EmptyState unavailable(Component host, String textKey, Runnable retry) {
        Button again = new Button(host.getTranslation("unavailable.retry"), AppIcon.REFRESH.create(),
                click -> retry.run());
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.setId("retry");
        return new EmptyState(AppIcon.PLUG, host.getTranslation("unavailable.title"),
                host.getTranslation(textKey), again);
    }
}
