package dev.trackboard.guild.ui;

import com.vaadin.flow.component.avatar.Avatar;

/** A guild's icon, or its initials on a colour derived from its id when it has none. */
final class GuildIcon {

    private static final int COLOURS = 7;

    private GuildIcon() {
    }

    static Avatar of(String id, String name, String iconUrl) {
        Avatar avatar = new Avatar(name, iconUrl);
        avatar.setColorIndex(Math.floorMod(id.hashCode(), COLOURS));
        avatar.addClassName("tb-guild-icon");
        avatar.getElement().setAttribute("aria-hidden", "true");
        return avatar;
    }
}
