package dev.trackboard.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.UI;
import java.util.Optional;

/**
 * The parts of a guild's overview that a health warning can lead to, by element id, and the jump
 * itself. Ids, because the parts live in different features (status here, channels in the guild's
 * overview) and a warning must not know how the page is put together.
 */
public final class OverviewSections {

    public static final String STATUS_PANEL = "status-panel";
    public static final String USAGE = "usage";
    public static final String CHANNELS = "guild-channels";
    static final String JUMPED_TO = "tb-jumped-to";

    private OverviewSections() {
    }

    /** The id of one channel in the overview's channel list. */
    public static String channel(String channelId) {
        return "channel-" + channelId;
    }

    /** Scrolls the first of {@code ids} that is on the page into view and marks it for a moment. */
    static void jump(UI ui, String... ids) {
        for (String id : ids) {
            Optional<Component> target = find(ui, id);
            if (target.isPresent()) {
                unmark(ui);
                target.get().getElement().getClassList().add(JUMPED_TO);
                target.get().scrollIntoView(ScrollIntoViewOption.Behavior.SMOOTH, ScrollIntoViewOption.Block.START);
                return;
            }
        }
    }

    static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    private static void unmark(Component component) {
        component.getElement().getClassList().remove(JUMPED_TO);
        component.getChildren().forEach(OverviewSections::unmark);
    }
}
