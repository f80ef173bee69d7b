package dev.trackboard.embedded.demo;

import java.util.ArrayList;
import java.util.List;

/** The channels and roles every demo guild with the bot gets, plus one of its own of each. */
final class DemoChannelsAndRoles {

    /** parentIndex: index of the category in the same list, or -1. */
    record ChannelSpec(String name, String type, int parentIndex) { }

    /** Listed from the lowest position (@everyone, 0) upwards. */
    record RoleSpec(String name, int color, boolean managed) { }

    private DemoChannelsAndRoles() {
    }

    static List<ChannelSpec> channels(String extraChannel) {
        List<ChannelSpec> channels = new ArrayList<>(List.of(
                new ChannelSpec("Information", "CATEGORY", -1),
                new ChannelSpec("announcements", "ANNOUNCEMENT", 0),
                new ChannelSpec("rules", "TEXT", 0),
                new ChannelSpec("Tracking", "CATEGORY", -1),
                new ChannelSpec("tracked-posts", "TEXT", 3),
                new ChannelSpec("brand-alerts", "TEXT", 3),
                new ChannelSpec("bot-log", "TEXT", 3),
                new ChannelSpec("Community", "CATEGORY", -1),
                new ChannelSpec("general", "TEXT", 7),
                new ChannelSpec("off-topic", "TEXT", 7),
                new ChannelSpec(extraChannel, "TEXT", 7),
                new ChannelSpec("Lounge", "VOICE", 7),
                new ChannelSpec("Stage", "VOICE", 7)));
        return List.copyOf(channels);
    }

    static List<RoleSpec> roles(String extraRole) {
        return List.of(
                new RoleSpec("@everyone", 0, false),
                new RoleSpec("Member", 0x99AAB5, false),
                new RoleSpec(extraRole, 0x1ABC9C, false),
                new RoleSpec("Trackboard", 0x5865F2, true),
                new RoleSpec("Moderator", 0x3498DB, false),
                new RoleSpec("Admin", 0xE74C3C, false));
    }
}
