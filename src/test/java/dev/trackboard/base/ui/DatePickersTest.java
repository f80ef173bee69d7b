package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A date picker speaks the UI's language: its own texts are English unless given others. */
class DatePickersTest {

    private final IcuTranslations bundle = new IcuTranslations();

    @Test
    void germanPickerHasGermanNamesWordsAndStartsOnMonday() {
        DatePicker.DatePickerI18n german = DatePickers.i18n(Locale.GERMAN, key -> bundle.getTranslation(key, Locale.GERMAN));
        assertThat(german.getMonthNames()).hasSize(12).startsWith("Januar").contains("März");
        assertThat(german.getWeekdays()).hasSize(7).startsWith("Sonntag", "Montag"); // the picker counts from Sunday
        assertThat(german.getWeekdaysShort()).startsWith("So", "Mo");
        assertThat(german.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(german.getToday()).isEqualTo("Heute");
        assertThat(german.getCancel()).isEqualTo("Abbrechen");
    }

    @Test
    void englishPickerKeepsSundayFirstAndEnglishWords() {
        DatePicker.DatePickerI18n english = DatePickers.i18n(Locale.ENGLISH, key -> bundle.getTranslation(key, Locale.ENGLISH));
        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getFirstDayOfWeek()).isZero();
        assertThat(english.getToday()).isEqualTo("Today");
    }
}
