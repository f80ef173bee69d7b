package dev.trackboard;

import dev.trackboard.audit.ui.AuditNavigation;
import dev.trackboard.base.ui.ShellLinks;
import dev.trackboard.exports.ui.ExportsNavigation;
import dev.trackboard.guild.ui.GuildNavigation;
import dev.trackboard.guild.ui.GuildSections;
import dev.trackboard.legal.ui.LegalNavigation;
import dev.trackboard.settings.ui.SettingsNavigation;
import dev.trackboard.tracking.ui.TrackingNavigation;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which screens the shell links to, in one place. The shell (base.ui) and the guild layout
 * (guild.ui) sit below the features whose screens they list and may not name them (no package
 * cycles, ArchitectureTest), so the lists are made here, where every feature is known, from what
 * each feature's {@code *Navigation} class offers. A new guild screen is one more line in
 * {@link #guildSections()} (docs/decisions/0060).
 */
@Configuration
class ShellScreens {

    @Bean
    GuildSections guildSections() {
        return new GuildSections(List.of(
                GuildNavigation.OVERVIEW,
                TrackingNavigation.ACCOUNTS,
                TrackingNavigation.POSTS,
                TrackingNavigation.BRANDS,
                SettingsNavigation.SETTINGS,
                AuditNavigation.AUDIT,
                ExportsNavigation.EXPORTS));
    }

    @Bean
    ShellLinks shellLinks() {
        return new ShellLinks(GuildNavigation.start(), LegalNavigation.terms(), LegalNavigation.privacy());
    }
}
