package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IcuTranslationsTest {

    private final IcuTranslations translations = new IcuTranslations();

    @Test
    void everyMessageOfTheBundleIsAValidIcuPattern() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/" + IcuTranslations.BUNDLE + ".properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(bundle).isNotEmpty();
        for (String key : bundle.stringPropertyNames()) {
            // a malformed pattern throws here; arguments beyond a message's own are ignored
            assertThat(translations.getTranslation(key, Locale.ENGLISH, 1, 2, 3, 4))
                    .as(key).doesNotStartWith("!{");
        }
    }

    @Test
    void apostrophesStayTextWithAndWithoutArguments() {
        assertThat(translations.getTranslation("legal.terms.intro", Locale.ENGLISH)).contains("organisation's");
    }

    @Test
    void aReusedMessageFormatsEachCallWithItsOwnArgumentsAndLocale() throws Exception {
        String key = "tracking.posts.count"; // a plural with a number
        String one = translations.getTranslation(key, Locale.ENGLISH, 1);
        String many = translations.getTranslation(key, Locale.ENGLISH, 12345);

        assertThat(one).isNotEqualTo(many).contains("1");
        assertThat(many).contains("12,345");
        assertThat(translations.getTranslation(key, Locale.GERMAN, 12345)).contains("12.345");
        // shared by every UI's thread at once
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var results = threads.invokeAll(java.util.Collections.nCopies(400,
                    () -> translations.getTranslation(key, Locale.ENGLISH, 12345)));
            for (var result : results) {
                assertThat(result.get()).isEqualTo(many);
            }
        }
    }

    @Test
    void anUnknownKeyIsVisibleNotBlank() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!{no.such.key}!");
    }
}
