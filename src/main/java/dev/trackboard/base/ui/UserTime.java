package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one date and time policy of the dashboard: every time is shown, and every date a user picks is
 * read, in the user's time zone and the UI's locale. The zone is the one the user chose on the
 * account screen ({@link ShownPreferences}), else the browser's (sent by Vaadin when the page
 * starts). Three styles, nothing else:
 * {@link #dateTime} ("24 Nov 2026, 10:05"), {@link #date} ("24 Nov 2026") and {@link #time} ("10:05"),
 * each in the order and words of the locale (German: "24. Nov. 2026, 10:05"). Dates use CLDR's
 * abbreviated-month skeleton rather than {@code FormatStyle.MEDIUM}: in German MEDIUM is all digits
 * ("24.11.2026"), which reads day-first or month-first depending on who reads it.
 */
public record UserTime(ZoneId zone, Locale locale) {

    /** When the browser told us nothing (tests without a browser, very old clients). */
    public static final ZoneId FALLBACK_ZONE = ZoneOffset.UTC;

    /** CLDR skeletons: year, abbreviated month, day (and the locale's hour cycle with minutes). */
    private static final String DATE = "yMMMd";
    private static final String DATE_TIME = "yMMMdjm";

    public static UserTime of(Component component) {
        return of(component.getUI().orElseGet(UI::getCurrent));
    }

    public static UserTime of(UI ui) {
        return new UserTime(ShownPreferences.zone(ui).orElseGet(() -> browserZone(ui)), ui.getLocale());
    }

    /**
     * Runs {@code show} now, and once more when the browser's details arrive if they have not yet:
     * a page rendered on the first request (before the browser has said anything) would otherwise
     * keep showing UTC. One request to the browser per UI however many parts wait for it.
     */
    public static void whenKnown(Component component, SerializableRunnable show) {
        show.run();
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getScreenWidth() != -1) {
            return;
        }
        Waiting waiting = ComponentUtil.getData(ui, Waiting.class);
        if (waiting == null) {
            Waiting first = new Waiting();
            ComponentUtil.setData(ui, Waiting.class, first);
            ui.getPage().retrieveExtendedClientDetails(arrived -> {
                ComponentUtil.setData(ui, Waiting.class, null);
                first.shows.forEach(Runnable::run);
            });
            waiting = first;
        }
        waiting.shows.add(show);
    }

    /** What waits, per UI, for the browser's details. */
    private static final class Waiting implements Serializable {
        private final List<SerializableRunnable> shows = new ArrayList<>();
    }

    /** The zone the browser reported, whatever the user chose (the account screen offers it as a choice). */
    public static ZoneId browserZoneOf(UI ui) {
        return browserZone(ui);
    }

    /** The zone the browser reported: its IANA id if valid, else its current offset, else UTC. */
    static ZoneId browserZone(UI ui) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        if (details == null) {
            return FALLBACK_ZONE;
        }
        String id = details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknownToThisJdk) {
                // fall through to the offset
            }
        }
        if (details.getScreenWidth() == -1) {
            return FALLBACK_ZONE; // the details were never sent: the offset is a default, not the browser's
        }
        try {
            return ZoneOffset.ofTotalSeconds(details.getTimezoneOffset() / 1000);
        } catch (DateTimeException outOfRange) {
            return FALLBACK_ZONE;
        }
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : formatter(DateTimeFormatter.ofLocalizedPattern(DATE_TIME)).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : formatter(DateTimeFormatter.ofLocalizedPattern(DATE)).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedPattern(DATE).withLocale(locale).format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : formatter(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)).format(instant);
    }

    /** The user's calendar day of an instant. */
    public LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of a day the user picked. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after a day the user picked (an exclusive upper bound for "up to and including"). */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private DateTimeFormatter formatter(DateTimeFormatter style) {
        return style.withLocale(locale).withZone(zone);
    }
}
