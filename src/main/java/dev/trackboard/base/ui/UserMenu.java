package dev.trackboard.base.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.security.DiscordUser;

/** The signed-in user's avatar and name, opening a menu with sign-out. */
class UserMenu extends MenuBar {

    UserMenu(CurrentUser currentUser) {
        addClassName("tb-user-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        getElement().setAttribute("aria-label", getTranslation("user.menu.label"));
        currentUser.find().ifPresent(user -> build(user, currentUser));
    }

    private void build(DiscordUser user, CurrentUser currentUser) {
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
        menu.addItem(getTranslation("user.menu.signOut"), click -> currentUser.signOut()).setId("sign-out");
    }
}
