package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserTimeTest {

    private final UserTime tokyo = new UserTime(ZoneId.of("Asia/Tokyo"), Locale.UK);
    private final Instant lateEveningUtc = Instant.parse("2026-11-24T22:30:00Z");

    @Test
    void timesAreShownInTheUsersZoneNotTheServers() {
        assertThat(tokyo.dateTime(lateEveningUtc)).isEqualTo("25 Nov 2026, 07:30");
        assertThat(tokyo.date(lateEveningUtc)).isEqualTo("25 Nov 2026");
        assertThat(tokyo.time(lateEveningUtc)).isEqualTo("07:30");
        assertThat(tokyo.day(lateEveningUtc)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aPickedDayCoversTheUsersWholeDay() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(tokyo.startOf(day)).isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
        assertThat(tokyo.endOf(day)).isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
    }

    @Test
    void datesAndTimesFollowTheLanguage() {
        UserTime berlin = new UserTime(ZoneId.of("Europe/Berlin"), Locale.GERMAN);
        Instant morning = Instant.parse("2026-11-24T09:05:00Z");
        assertThat(berlin.dateTime(morning)).isEqualTo("24. Nov. 2026, 10:05");
        assertThat(berlin.date(morning)).isEqualTo("24. Nov. 2026");
        assertThat(berlin.date(LocalDate.of(2026, 3, 1))).isEqualTo("1. März 2026");
        assertThat(berlin.time(morning)).isEqualTo("10:05");
        UserTime english = new UserTime(ZoneId.of("Europe/Berlin"), Locale.ENGLISH);
        assertThat(english.date(morning)).isEqualTo("Nov 24, 2026");
    }

    @Test
    void nothingToShowIsEmpty() {
        assertThat(tokyo.dateTime(null)).isEmpty();
        assertThat(tokyo.date((Instant) null)).isEmpty();
    }
}
