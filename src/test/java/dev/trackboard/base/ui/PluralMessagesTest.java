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

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.ENGLISH, arguments);
    }
}
