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
    void anUnknownKeyIsVisibleNotBlank() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!{no.such.key}!");
    }
}
