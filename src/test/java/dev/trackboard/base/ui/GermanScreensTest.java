package dev.trackboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import dev.trackboard.testing.KaribuTest;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With the UI in German every main screen is German: no text of the English bundle that German
 * says differently appears anywhere on the page (text, labels, placeholders, tooltips, ARIA labels,
 * grid headers and the first rows), and counts, plurals and dates read the German way.
 */
class GermanScreensTest extends KaribuTest {

    @Test
    void everyMainScreenIsGerman() {
        signIn("alice");
        UI.getCurrent().setLocale(Locale.GERMAN);
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("picker", "");
        screens.put("overview", "guilds/" + ACME);
        screens.put("accounts", "guilds/" + ORBIT + "/tracking/accounts");
        screens.put("posts", "guilds/" + ORBIT + "/tracking/posts");
        screens.put("brands", "guilds/" + ORBIT + "/tracking/brands");
        screens.put("settings", "guilds/" + ORBIT + "/settings");
        screens.put("audit", "guilds/" + ACME + "/audit");
        screens.put("exports", "guilds/" + ORBIT + "/exports");
        List<Pattern> english = englishOnlyTexts();
        Map<String, List<String>> found = new LinkedHashMap<>();
        screens.forEach((name, route) -> {
            navigate(route);
            List<String> texts = visibleTexts();
            assertThat(texts).as(name + " shows something").isNotEmpty();
            List<String> leaks = new ArrayList<>();
            for (String text : texts) {
                english.stream().filter(p -> p.matcher(text).find()).forEach(p -> leaks.add(p.pattern() + " in «" + text + "»"));
            }
            if (!leaks.isEmpty()) {
                found.put(name, leaks);
            }
        });
        assertThat(found).as("English texts on German screens").isEmpty();
    }

    @Test
    void countsPluralsAndDatesReadTheGermanWay() {
        signIn("alice");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("guilds/" + ACME);
        String overview = String.join(" ", visibleTexts());
        assertThat(overview).contains("12.840 Mitglieder", "Eigentümer", "Bot beigetreten");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Acme Creators · Übersicht · Trackboard");
        String joined = text("overview-bot-joined");
        assertThat(joined).matches("\\d{1,2}\\. \\S+ \\d{4}"); // "24. Nov. 2026"
        assertThat(LocalDate.parse(joined, DateTimeFormatter.ofLocalizedPattern("yMMMd").withLocale(Locale.GERMAN))).isNotNull();

        navigate("guilds/" + ORBIT + "/tracking/accounts");
        assertThat(text("account-count")).matches("1 Konto|[\\d.]+ Konten");

        navigate("guilds/" + ORBIT + "/tracking/posts");
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("post-from"));
        assertThat(from.getI18n().getToday()).isEqualTo("Heute");
        assertThat(from.getI18n().getMonthNames()).contains("März");
        assertThat(from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(from.getPlaceholder()).isEqualTo("Von");
    }

    /**
     * English bundle texts that German words differently, as whole-word patterns: a message
     * without arguments as it is, one with arguments by its longer fixed parts. Short words
     * ("On", "By") are left out: they hide inside names and demo data.
     */
    /** English bundle texts that are German words too ("Zeitzone des Servers"). */
    private static final java.util.Set<String> GERMAN_TOO = java.util.Set.of("Servers");

    private static List<Pattern> englishOnlyTexts() {
        Properties english = TranslationBundlesTest.load(Locale.ENGLISH);
        Properties german = TranslationBundlesTest.load(Locale.GERMAN);
        List<Pattern> patterns = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(german.getProperty(key)) || key.startsWith("settings.preview.sample.")) {
                continue; // the same in both, or sample data (a post's text) that is English in the demo too
            }
            for (String piece : fixedParts(en)) {
                String trimmed = piece.strip();
                if (trimmed.length() >= (en.contains("{") ? 8 : 5) && trimmed.chars().anyMatch(Character::isLetter)
                        && !german.getProperty(key).contains(trimmed) && !GERMAN_TOO.contains(trimmed)) {
                    patterns.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(trimmed) + "(?![\\p{L}])"));
                }
            }
        }
        return patterns;
    }

    /** The text between a message's arguments (ICU quoting is rare in this bundle and kept as is). */
    private static List<String> fixedParts(String message) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : message.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Every text the page can show or read out: own text, labels, placeholders, titles, ARIA, grid headers and rows. */
    private static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        // the component tree, not the UI's element tree: the route's content is not an element child of the UI here
        _find(Component.class).forEach(component -> collect(component.getElement(), texts));
        texts.add(UI.getCurrent().getInternals().getTitle());
        for (Grid<?> grid : _find(Grid.class)) {
            grid.getColumns().forEach(column -> texts.add(column.getHeaderText()));
            for (int row = 0; row < Math.min(3, GridKt._size(grid)); row++) {
                try {
                    texts.addAll(GridKt._getFormattedRow(grid, row));
                } catch (RuntimeException notRenderable) {
                    // a column Karibu cannot render without a browser: its header is checked above
                }
            }
        }
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    private static void collect(Element element, List<String> texts) {
        texts.add(element.getText());
        for (String name : List.of("label", "placeholder", "helperText", "errorMessage", "title", "header", "headerTitle")) {
            Serializable property = element.getPropertyRaw(name);
            if (property instanceof String value) {
                texts.add(value);
            }
        }
        for (String name : List.of("title", "aria-label", "label", "placeholder")) {
            texts.add(element.getAttribute(name));
        }
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
