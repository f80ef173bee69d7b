package dev.trackboard.exports.ui;

import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.guild.ui.GuildSection;

/** Typed navigation into the exports screen: its place in a guild's side navigation. */
public final class ExportsNavigation {

    public static final GuildSection EXPORTS = GuildSection.of(ExportsView.class, "nav.exports", AppIcon.DOWNLOAD);

    private ExportsNavigation() {
    }
}
