package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The German bundle is complete and says the same things: every key of the English bundle and no
 * other, each message a valid ICU pattern with the same arguments of the same kinds (a German text
 * that drops the count of a plural, or names {1} where English has {0}, shows the wrong thing
 * without any error). Several people add keys at once, each with their own block of German under a
 * comment: blocks and comments are fine, a key defined twice is not (the second silently wins).
 */
class TranslationBundlesTest {

    static final Map<Locale, String> BUNDLES = Map.of(
            Locale.ENGLISH, "/" + IcuTranslations.BUNDLE + ".properties",
            Locale.GERMAN, "/" + IcuTranslations.BUNDLE + "_de.properties");

    @Test
    void everyProvidedLanguageHasABundle() {
        assertThat(new IcuTranslations().getProvidedLocales()).containsExactlyInAnyOrderElementsOf(BUNDLES.keySet());
    }

    @Test
    void germanHasEveryEnglishKeyAndNoOther() {
        Set<String> english = load(Locale.ENGLISH).stringPropertyNames();
        Set<String> german = load(Locale.GERMAN).stringPropertyNames();

        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(german);
        Set<String> extra = new TreeSet<>(german);
        extra.removeAll(english);
        assertThat(missing).as("keys of translations.properties without German text").isEmpty();
        assertThat(extra).as("keys of translations_de.properties that English does not have (renamed or removed?)").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInABundle() {
        BUNDLES.forEach((locale, path) -> assertThat(duplicateKeys(path)).as("keys defined twice in " + path).isEmpty());
    }

    @Test
    void everyMessageParsesAsIcuInItsLanguage() {
        BUNDLES.forEach((locale, path) -> load(locale).forEach((key, pattern) -> {
            try {
                new MessageFormat((String) pattern, locale);
            } catch (IllegalArgumentException malformed) {
                throw new AssertionError(path + ": " + key + " is not a valid ICU message: " + malformed.getMessage(), malformed);
            }
        }));
    }

    @Test
    void germanUsesTheSameArgumentsAsEnglish() {
        Properties english = load(Locale.ENGLISH);
        Properties german = load(Locale.GERMAN);
        Map<String, String> differing = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String de = german.getProperty(key);
            if (de != null && !arguments(english.getProperty(key)).equals(arguments(de))) {
                differing.put(key, arguments(english.getProperty(key)) + " ≠ " + arguments(de));
            }
        }
        assertThat(differing).as("messages whose German arguments (name:kind) differ from English").isEmpty();
    }

    @Test
    void aGermanTextIsEmptyOnlyWhereEnglishIs() {
        Properties english = load(Locale.ENGLISH);
        Properties german = load(Locale.GERMAN);
        assertThat(german.stringPropertyNames()).filteredOn(key -> german.getProperty(key).isBlank())
                .allMatch(key -> english.getProperty(key, "").isBlank());
    }

    /**
     * Words German uses as they are (names, loanwords the product keeps). A German text equal to the
     * English one must consist of these only: otherwise it is an English text copied, not translated.
     */
    static final Set<String> SAME_IN_GERMAN = Set.of("Trackboard", "Server", "Administrator", "Text", "Cookies",
            "Online", "Offline", "online", "ms", "Version", "Shard", "Tracking", "X", "Instagram", "TikTok", "YouTube",
            "Twitch", "Bluesky", "Handle", "Status", "Likes", "Name", "BOT", "Export", "Format", "CSV", "B", "KB", "MB");

    @Test
    void aGermanTextLikeTheEnglishOneIsMadeOfWordsGermanShares() {
        Properties english = load(Locale.ENGLISH);
        Properties german = load(Locale.GERMAN);
        Set<String> untranslated = new TreeSet<>();
        for (String key : german.stringPropertyNames()) {
            String de = german.getProperty(key);
            if (!key.startsWith("settings.preview.sample.") && de.equals(english.getProperty(key))) {
                String words = de.replaceAll("\\{[^{}]*}", " ").replaceAll("https?://\\S+", " ");
                if (java.util.Arrays.stream(words.split("[^\\p{L}]+")).anyMatch(w -> !w.isEmpty() && !SAME_IN_GERMAN.contains(w))) {
                    untranslated.add(key + "=" + de);
                }
            }
        }
        assertThat(untranslated).as("German texts still in English").isEmpty();
    }

    @Test
    void theArgumentCheckSeesNestedArgumentsAndTheirKinds() {
        assertThat(arguments("{1, plural, one {„{0}“ and # more} other {x}}")).containsExactly("0:NONE", "1:PLURAL");
        assertThat(arguments("{0, number, integer} of {1}")).containsExactly("0:SIMPLE:number", "1:NONE");
        assertThat(arguments("{0, plural, one {# Konto} other {# Konten}}"))
                .isNotEqualTo(arguments("{0, number, integer} Konten"));
        assertThat(arguments("'{'account'}' {0}")).containsExactly("0:NONE");
    }

    /** Each argument of a message, nested ones included, as "name:kind" (with the type of a simple one). */
    static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = parsed.getSubstring(parsed.getPart(i + 1));
            String kind = part.getArgType().name();
            if (part.getArgType() == MessagePattern.ArgType.SIMPLE) {
                kind += ":" + parsed.getSubstring(parsed.getPart(i + 2));
            }
            found.add(name + ":" + kind);
        }
        return found;
    }

    static Properties load(Locale locale) {
        Properties bundle = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(BUNDLES.get(locale))) {
            assertThat(in).as(BUNDLES.get(locale)).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    /** Keys that a second line defines again; continuation lines and comments are not keys. */
    private static List<String> duplicateKeys(String path) {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                TranslationBundlesTest.class.getResourceAsStream(path), StandardCharsets.UTF_8))) {
            boolean continued = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                boolean isKeyLine = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
                if (isKeyLine) {
                    String key = trimmed.split("[=:]", 2)[0].strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return twice;
    }
}
