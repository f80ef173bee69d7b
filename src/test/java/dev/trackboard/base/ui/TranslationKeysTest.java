package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundle and the code agree: every key the code names exists (a missing one shows as
 * "!{key}!" to the user), and every key of the bundle is used (a stale text is one nobody checks).
 */
class TranslationKeysTest {

    /**
     * Keys the code builds by concatenation (an enum name, a code from the API, a section number),
     * which neither half of this test can see: a bundle key matching one of these counts as used.
     * Keep it short and precise; each entry is a place where a stale key can hide.
     */
    static final List<Pattern> BUILT_KEYS = Stream.of(
            "picker\\.access\\.[A-Z_]+", "picker\\.denial\\.[A-Z_]+", "overview\\.channel\\.[A-Z_]+",
            "status\\.state\\.[A-Z_]+", "status\\.notice\\.[A-Z_]+", "status\\.badge\\.tooltip\\.[A-Z_]+",
            "health\\.[A-Z_]+", "health\\.permission\\.[A-Z_]+", "health\\.bot\\.[A-Z_]+",
            "settings\\.summary\\.delivery\\.[A-Z_]+", "settings\\.delivery\\.[A-Z_]+",
            "settings\\.(field|problem)\\.[A-Za-z]+", "health\\.action\\.setting\\.[A-Z_]+",
            "legal\\.(terms|privacy)\\.(title|intro|\\d+\\.title|\\d+\\.text)",
            "tracking\\.platform\\.[A-Z_]+", "tracking\\.status\\.[A-Z_]+",
            "tracking\\.bulk\\.[a-z]+(\\.title|\\.text|\\.done)?", "tracking\\.posts\\.[a-z]+",
            "tracking\\.problem\\.(account|brand)\\.[A-Za-z]+",
            "prefs\\.theme\\.(light|dark|system)", "prefs\\.error\\.[A-Z_]+")
            .map(Pattern::compile).toList();

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TRANSLATED_LITERAL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern ANY_LITERAL = Pattern.compile("\"([A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyTheCodeTranslatesIsInTheBundle() {
        Set<String> bundle = bundleKeys();
        Set<String> missing = new TreeSet<>(literals(TRANSLATED_LITERAL));
        missing.removeAll(bundle);
        assertThat(missing).as("keys passed to getTranslation but missing from the bundle").isEmpty();
    }

    @Test
    void everyKeyOfTheBundleIsUsed() {
        Set<String> inCode = literals(ANY_LITERAL);
        Set<String> unused = new TreeSet<>(bundleKeys());
        unused.removeIf(key -> inCode.contains(key) || BUILT_KEYS.stream().anyMatch(built -> built.matcher(key).matches()));
        assertThat(unused).as("bundle keys no code names (or, if the code builds them, an entry in BUILT_KEYS)").isEmpty();
    }

    @Test
    void everyBuiltKeyPatternStillMatchesSomething() {
        Set<String> bundle = bundleKeys();
        assertThat(BUILT_KEYS).as("BUILT_KEYS entries that match no key of the bundle")
                .allMatch(built -> bundle.stream().anyMatch(key -> built.matcher(key).matches()));
    }

    static Set<String> bundleKeys() {
        Properties bundle = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/" + IcuTranslations.BUNDLE + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.stringPropertyNames();
    }

    private static Set<String> literals(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = pattern.matcher(read(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
