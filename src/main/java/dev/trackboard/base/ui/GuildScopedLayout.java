package dev.trackboard.base.ui;

/**
 * Marks a router layout that fills the shell's guild slots (switcher, guild navigation, breadcrumb)
 * itself. When no such layout is in the active route chain, {@link MainLayout} clears them.
 */
public interface GuildScopedLayout {
}
