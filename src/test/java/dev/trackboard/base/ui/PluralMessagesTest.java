package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counted texts outside the tracking screens read right for one and for many, with the locale's digits. */
class PluralMessagesTest {

    private final IcuTranslations translations = new IcuTranslations();

    @Test
    void membersPostsAndNotificationsAgreeWithTheirCount() {
        assertThat(text("picker.members", 1)).isEqualTo("1 member");
        assertThat(text("overview.members", 12_840)).isEqualTo("12,840 members");
        assertThat(text("usage.posts.unit", 1)).isEqualTo("1 post tracked");
        assertThat(text("usage.notifications.unit", 0)).isEqualTo("0 notifications sent");
        assertThat(text("usage.title", 30)).isEqualTo("Usage, last 30 days");
        assertThat(text("usage.title", 1)).isEqualTo("Usage, last day");
    }

    @Test
    void durationsQuotaAndUptimeAreWordsAndLocaleNumbers() {
        assertThat(text("status.duration.days", 1, 1)).isEqualTo("1 day 1 hour");
        assertThat(text("status.duration.hours", 5, 12)).isEqualTo("5 hours 12 minutes");
        assertThat(text("status.duration.minutes", 1)).isEqualTo("1 minute");
        assertThat(text("quota.used", 41_000L, 50_000L, 0.82)).isEqualTo("41,000 of 50,000 posts tracked this month (82%)");
        assertThat(text("status.uptime.share", 0.9876)).isEqualTo("98.8% online");
        assertThat(translations.getTranslation("status.uptime.share", Locale.GERMAN, 0.9876)).isEqualTo("98,8\u00a0% online");
    }

    @Test
    void germanCountsAgreeWithTheirNumberAndUseGermanDigits() {
        assertThat(german("tracking.accounts.count", 1)).isEqualTo("1 Konto");
        assertThat(german("tracking.accounts.count", 1234)).isEqualTo("1.234 Konten");
        assertThat(german("tracking.posts.count", 0)).isEqualTo("0 Beiträge");
        assertThat(german("quota.used", 41_000L, 50_000L, 0.82))
                .isEqualTo("41.000 von 50.000 Beiträgen in diesem Monat erfasst (82\u00a0%)");
        assertThat(german("usage.title", 1)).isEqualTo("Nutzung, letzter Tag");
        assertThat(german("usage.title", 30)).isEqualTo("Nutzung, letzte 30 Tage");
        assertThat(german("exports.size.kib", 1536.5)).isEqualTo("1.536,5 KB");
        assertThat(text("exports.size.mib", 1536.5)).isEqualTo("1,536.5 MB"); // no stray space before the number
        assertThat(german("settings.history.notShown", 1)).contains("eine weitere Speicherung");
        assertThat(german("tracking.brands.delete.text", "Acme", 3)).isEqualTo(
                "„Acme“ wird gelöscht. Ihre 3 Konten und deren Beiträge bleiben erhalten, ohne Marke.");
    }

    private String german(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.GERMAN, arguments);
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.ENGLISH, arguments);
    }
}
