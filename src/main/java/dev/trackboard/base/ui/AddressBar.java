package dev.trackboard.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/**
 * What a tab's address bar shows. A view that keeps its filters in the URL rewrites the address with
 * replaceState, which the server's active location never hears of; whatever needs the address as
 * the user sees it (the guild switcher keeps the query) asks here. Stored per UI (browser tab).
 */
public final class AddressBar {

    /** A rewritten address, valid while the navigation it was written in is still the active one. */
    private record Rewritten(Location navigatedTo, Location shown) {
    }

    private AddressBar() {
    }

    /** Shows {@code location} in the address bar without a navigation or a history entry. */
    public static void replace(UI ui, Location location) {
        ui.getPage().getHistory().replaceState(null, location);
        ComponentUtil.setData(ui, Rewritten.class, new Rewritten(ui.getActiveViewLocation(), location));
    }

    /** The address shown now: the last one written since the current navigation, else where it went. */
    public static Location shown(UI ui) {
        Location active = ui.getActiveViewLocation();
        Rewritten rewritten = ComponentUtil.getData(ui, Rewritten.class);
        // every navigation makes a new active Location: a rewrite from before it is stale
        return rewritten != null && rewritten.navigatedTo() == active ? rewritten.shown() : active;
    }
}
