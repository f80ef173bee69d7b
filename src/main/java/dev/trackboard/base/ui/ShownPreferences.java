package dev.trackboard.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.Theme;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's preferences as one tab shows them: the theme on the page's root element, the UI's
 * locale, and the time zone {@link UserTime} uses. {@link #apply} makes a tab show new preferences
 * without a reload: the theme by script (nothing re-renders), a new language or zone by rendering
 * the current screen again (decision 0141). The HTTP session keeps the last known preferences, so
 * the next page of this session starts with them (theme from the first paint: {@code ThemeFirstPaint}).
 */
public final class ShownPreferences {

    /** HTTP session attribute: the user's last known {@link Preferences}. */
    public static final String SESSION_ATTRIBUTE = Preferences.class.getName();
    /** The device's last theme (light, dark or system), for the first paint of a new session. */
    public static final String THEME_COOKIE = "tb-theme";

    /**
     * Per UI: what it shows, the locale the browser asked for (the one "browser's language" means),
     * and whether the user's preferences have arrived (from the session or the API) or the tab only
     * shows the defaults and at most a theme picked since.
     */
    private record Shown(Preferences preferences, Locale browserLocale, boolean known) implements Serializable {
    }

    /** Fired on the UI when its theme changed (the user menu's check marks follow it). */
    public static final class ThemeChanged extends ComponentEvent<UI> {
        ThemeChanged(UI ui) {
            super(ui, false);
        }
    }

    private ShownPreferences() {
    }

    /** What the tab shows now; the defaults before any preference arrived. */
    public static Preferences of(UI ui) {
        Shown shown = ComponentUtil.getData(ui, Shown.class);
        return shown == null ? Preferences.DEFAULTS : shown.preferences();
    }

    /**
     * Whether the tab has its user's preferences: until then {@link #of} answers the defaults, and
     * a save built on them would overwrite the user's zone and language.
     */
    public static boolean known(UI ui) {
        Shown shown = ComponentUtil.getData(ui, Shown.class);
        return shown != null && shown.known();
    }

    /** The zone the user chose, if they chose one (else the browser's applies). */
    static Optional<ZoneId> zone(UI ui) {
        Shown shown = ComponentUtil.getData(ui, Shown.class);
        return shown == null ? Optional.empty() : Optional.ofNullable(shown.preferences().zone());
    }

    /** The preferences this HTTP session last knew of, if any. */
    public static Optional<Preferences> remembered(UI ui) {
        WrappedSession http = httpSession(ui);
        return http != null && http.getAttribute(SESSION_ATTRIBUTE) instanceof Preferences known
                ? Optional.of(known) : Optional.empty();
    }

    /**
     * Shows {@code preferences} in {@code ui} and remembers them for the session. With
     * {@code rerender}, a changed language or zone renders the current screen again (at the address
     * the tab shows, filters included); without it (before the first screen is built) it only sets
     * them. Call with the session lock held.
     */
    public static void apply(UI ui, Preferences preferences, boolean rerender) {
        Shown before = ComponentUtil.getData(ui, Shown.class);
        Locale browserLocale = before == null ? ui.getLocale() : before.browserLocale();
        Preferences old = before == null ? null : before.preferences();
        ComponentUtil.setData(ui, Shown.class, new Shown(preferences, browserLocale, true));
        WrappedSession http = httpSession(ui);
        if (http != null) {
            http.setAttribute(SESSION_ATTRIBUTE, preferences);
        }
        if (old == null || old.theme() != preferences.theme()) {
            sendTheme(ui, preferences.theme());
        }
        Locale locale = preferences.language() == null ? browserLocale : preferences.language().locale();
        boolean newLocale = !locale.equals(ui.getLocale());
        if (newLocale) {
            ui.setLocale(locale);
            ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        }
        boolean newZone = old != null && !Objects.equals(old.zone(), preferences.zone());
        if (rerender && (newLocale || newZone) && ui.getActiveViewLocation() != null) {
            renderAgain(ui);
        }
    }

    /**
     * Only the theme, at once, before the API has confirmed it (so without a time: any save is
     * newer). The zone and language shown stay as they are until a save's answer brings them.
     */
    public static void showTheme(UI ui, Theme theme) {
        Shown before = ComponentUtil.getData(ui, Shown.class);
        ComponentUtil.setData(ui, Shown.class, before == null
                ? new Shown(Preferences.DEFAULTS.withTheme(theme), ui.getLocale(), false)
                : new Shown(before.preferences().withTheme(theme), before.browserLocale(), before.known()));
        sendTheme(ui, theme);
    }

    private static void sendTheme(UI ui, Theme theme) {
        ui.getPage().executeJs("""
                var root = document.documentElement;
                root.setAttribute('theme', $0);
                root.style.colorScheme = $1;
                document.cookie = $2 + '=' + $3 + '; path=/; max-age=31536000; SameSite=Lax'
                    + (location.protocol === 'https:' ? '; Secure' : '');""",
                themeAttribute(theme), colorScheme(theme), THEME_COOKIE, cookieValue(theme));
        ComponentUtil.fireEvent(ui, new ThemeChanged(ui));
    }

    /**
     * The root element's {@code theme}: Lumo's {@code dark}, its {@code light-dark} (follows the
     * operating system), or {@code light} (no Lumo rule; a hook for the product's own styles).
     */
    public static String themeAttribute(Theme theme) {
        return switch (theme) {
            case LIGHT -> "light";
            case DARK -> "dark";
            case SYSTEM -> "light-dark";
        };
    }

    /** The root's {@code color-scheme}, which Lumo's {@code light-dark()} colours follow. */
    public static String colorScheme(Theme theme) {
        return switch (theme) {
            case LIGHT -> "light";
            case DARK -> "dark";
            case SYSTEM -> "light dark";
        };
    }

    public static String cookieValue(Theme theme) {
        return theme.name().toLowerCase(Locale.ROOT);
    }

    /** The theme a cookie names; empty for anything else (the cookie is the browser's to change). */
    public static Optional<Theme> fromCookie(String value) {
        for (Theme theme : Theme.values()) {
            if (cookieValue(theme).equals(value)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /**
     * Builds the current screen and its layouts anew, so every text and time is rendered in the new
     * language and zone. At the address the tab shows: a screen that keeps its filters in the URL
     * with replaceState would otherwise lose them.
     */
    private static void renderAgain(UI ui) {
        Location here = AddressBar.shown(ui);
        ui.getInternals().getRouter().navigate(ui, here, NavigationTrigger.REFRESH_ROUTE, null, true, true);
    }

    private static WrappedSession httpSession(UI ui) {
        VaadinSession session = ui.getSession();
        return session == null ? null : session.getSession();
    }
}
