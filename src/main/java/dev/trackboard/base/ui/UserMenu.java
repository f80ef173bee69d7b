package dev.trackboard.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.security.DiscordUser;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The signed-in user's avatar and name, opening a menu: the account and sessions screens, a quick
 * theme switch (its check mark follows the theme shown, whichever tab changed it) and sign-out.
 */
class UserMenu extends MenuBar {

    /** Route of the sessions screen (built by the sessions feature; named here by string). */
    static final String SESSIONS_ROUTE = "account/sessions";
    static final String ACCOUNT_ROUTE = "account";

    private final Map<Theme, MenuItem> themeItems = new EnumMap<>(Theme.class);
    private Registration themeChanges;

    UserMenu(CurrentUser currentUser, PreferenceChanges changes) {
        addClassName("tb-user-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        getElement().setAttribute("aria-label", getTranslation("user.menu.label"));
        currentUser.find().ifPresent(user -> build(user, currentUser, changes));
    }

    private void build(DiscordUser user, CurrentUser currentUser, PreferenceChanges changes) {
        Avatar avatar = new Avatar(user.displayName(), user.avatarUrl());
        avatar.addClassName("tb-user-avatar");
        Span name = new Span(user.displayName());
        name.addClassName("tb-user-name");
        Span chip = new Span(avatar, name);
        chip.addClassName("tb-user-chip");
        MenuItem root = addItem(chip);
        root.setId("user-menu");
        SubMenu menu = root.getSubMenu();
        MenuItem who = menu.addItem(getTranslation("user.menu.signedInAs", "@" + user.username()));
        who.setEnabled(false);
        menu.addSeparator();
        menu.addItem(getTranslation("user.menu.account"), click -> UI.getCurrent().navigate(ACCOUNT_ROUTE))
                .setId("menu-account");
        menu.addItem(getTranslation("user.menu.sessions"), click -> UI.getCurrent().navigate(SESSIONS_ROUTE))
                .setId("menu-sessions");
        MenuItem theme = menu.addItem(getTranslation("user.menu.theme"));
        theme.setId("menu-theme");
        for (Theme choice : Theme.values()) {
            MenuItem item = theme.getSubMenu().addItem(getTranslation("prefs.theme." + choice.name().toLowerCase(Locale.ROOT)),
                    click -> changes.chooseTheme(UI.getCurrent(), choice));
            item.setCheckable(true);
            item.setId("menu-theme-" + ShownPreferences.cookieValue(choice));
            themeItems.put(choice, item);
        }
        menu.addSeparator();
        menu.addItem(getTranslation("user.menu.signOut"), click -> currentUser.signOut()).setId("sign-out");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        markTheme(ui);
        themeChanges = ComponentUtil.addListener(ui, ShownPreferences.ThemeChanged.class, changed -> markTheme(ui));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (themeChanges != null) {
            themeChanges.remove();
            themeChanges = null;
        }
        super.onDetach(event);
    }

    private void markTheme(UI ui) {
        Theme shown = ShownPreferences.of(ui).theme();
        themeItems.forEach((theme, item) -> item.setChecked(theme == shown));
    }
}
