package dev.trackboard.base.ui;

import com.vaadin.flow.component.UI;
import dev.trackboard.api.preferences.Theme;

/**
 * What the shell offers to change about the user's preferences (the user menu's quick theme
 * switch). The account feature implements it; the shell only knows this interface, so the feature
 * packages stay free of cycles.
 */
public interface PreferenceChanges {

    /** Shows {@code theme} in {@code ui} at once and saves it for the user (every tab follows). */
    void chooseTheme(UI ui, Theme theme);
}
