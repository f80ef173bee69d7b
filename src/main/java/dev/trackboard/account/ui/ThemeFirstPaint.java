package dev.trackboard.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.base.ui.ShownPreferences;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The theme is in the page Vaadin sends, on its {@code <html>} element, so the very first paint is
 * already dark for a user who chose dark — no light flash while the client starts. From the
 * preferences this HTTP session knows ({@link PreferencesPrefetchFilter} fetched them before the
 * page was built), else from the device's theme cookie (the sign-in page, an API that did not
 * answer), else the operating system's. "System" needs no script: {@code color-scheme: light dark}
 * makes the browser pick by {@code prefers-color-scheme} itself, so the content security policy has
 * nothing to allow (decision 0142).
 */
@Component
class ThemeFirstPaint implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ThemeFirstPaint::writeTheme);
    }

    static void writeTheme(IndexHtmlResponse response) {
        Theme theme = themeOf(response.getVaadinRequest());
        Element root = response.getDocument().selectFirst("html");
        if (root != null) {
            root.attr("theme", ShownPreferences.themeAttribute(theme));
            root.attr("style", "color-scheme: " + ShownPreferences.colorScheme(theme));
        }
    }

    static Theme themeOf(VaadinRequest request) {
        WrappedSession session = request.getWrappedSession(false);
        if (session != null && session.getAttribute(ShownPreferences.SESSION_ATTRIBUTE) instanceof Preferences known) {
            return known.theme();
        }
        return cookie(request.getCookies()).orElse(Theme.SYSTEM);
    }

    private static Optional<Theme> cookie(Cookie[] cookies) {
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> ShownPreferences.THEME_COOKIE.equals(cookie.getName()))
                .map(cookie -> ShownPreferences.fromCookie(cookie.getValue()))
                .flatMap(Optional::stream).findFirst();
    }
}
