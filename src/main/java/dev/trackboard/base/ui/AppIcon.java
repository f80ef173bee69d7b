package dev.trackboard.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * The icons the product uses, drawn for it and served as one SVG sprite ({@code /icons/app-icons.svg}).
 * Not {@code VaadinIcon}: that pulls the whole Vaadin icon set (74 KB of script) into every page for
 * the twenty-odd icons we show (issue 9).
 */
public enum AppIcon {
    PLUS("plus"),
    CHECK("check"),
    CLOSE_SMALL("close-small"),
    SEARCH("search"),
    SEARCH_MINUS("search-minus"),
    REFRESH("refresh"),
    TRASH("trash"),
    EDIT("edit"),
    WARNING("warning"),
    LOCK("lock"),
    USERS("users"),
    TAGS("tags"),
    SIGN_IN("sign-in"),
    PLUG("plug"),
    NEWSPAPER("newspaper"),
    MEGAPHONE("megaphone"),
    HASH("hash"),
    GRID_BIG("grid-big"),
    DASHBOARD("dashboard"),
    CROSSHAIRS("crosshairs"),
    CHECK_CIRCLE("check-circle"),
    VOLUME_UP("volume-up"),
    HISTORY("history"),
    UNDO("undo"),
    DOWNLOAD("download");

    /** The sprite, relative to the app's base URL (also for {@code <vaadin-icon src=… symbol=…>} in templates). */
    public static final String SPRITE = "icons/app-icons.svg";

    private final String symbol;

    AppIcon(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public SvgIcon create() {
        SvgIcon icon = new SvgIcon(SPRITE, symbol);
        icon.addClassName("tb-icon");
        return icon;
    }
}
