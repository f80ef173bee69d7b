package dev.trackboard.base.ui;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one place that gives a date picker the UI's language: the web component's own texts (month
 * and weekday names, "Today", "Cancel") are English whatever the page's locale, so a German page
 * needs them from here. Names come from the JDK's CLDR data; the two words from the bundle. The
 * input format is left to the picker, which follows its locale ("24.11.2026" in German).
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Applies the UI's locale now and whenever the picker is attached again (the locale may have changed meanwhile). */
    public static DatePicker localized(DatePicker picker) {
        picker.addAttachListener(attach -> localize(picker, attach.getUI().getLocale()));
        return picker;
    }

    /** Puts the texts of {@code locale} on the picker (also what a locale change calls). */
    public static void localize(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setI18n(i18n(locale, key -> picker.getTranslation(locale, key)));
    }

    static DatePicker.DatePickerI18n i18n(Locale locale, java.util.function.Function<String, String> bundle) {
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale))
                .setToday(bundle.apply("datePicker.today"))
                .setCancel(bundle.apply("datePicker.cancel"));
    }

    /**
     * The first day of the week, 0 for Sunday as the picker counts. The UI's locale is often a bare
     * language ("de", from Accept-Language), for which the JDK answers Sunday; CLDR's likely region
     * (de → Germany, en → United States) gives what its speakers expect.
     */
    static int firstDayOfWeek(Locale locale) {
        ULocale likely = ULocale.addLikelySubtags(ULocale.forLocale(locale));
        return Calendar.getInstance(likely).getFirstDayOfWeek() - Calendar.SUNDAY;
    }
}
