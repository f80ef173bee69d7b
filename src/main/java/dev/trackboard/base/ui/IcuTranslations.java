package dev.trackboard.base.ui;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI, from {@code vaadin-i18n/translations*.properties}, formatted with ICU
 * MessageFormat so that a message carries its own plural rules ({@code {0, plural, one {# account}
 * other {# accounts}}}) and numbers follow the locale. Replaces Vaadin's default provider, whose
 * {@code java.text.MessageFormat} knows no plurals.
 */
@Component
public class IcuTranslations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(IcuTranslations.class);
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Parsed messages by pattern and locale, shared by every UI: parsing one, with the plural rules
     * and number format it sets up on first use, was most of what a translation cost (a profile of
     * the overview's page load: 12 % of its CPU in {@code getTranslation}). Bounded by the bundle.
     */
    private final Map<FormatKey, MessageFormat> formats = new ConcurrentHashMap<>();

    /**
     * The languages with a complete bundle ({@code translations_de} is kept complete by
     * TranslationBundlesTest). Vaadin picks the UI's first locale from the browser's
     * Accept-Language among these, English first as the default.
     */
    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, Locale.GERMAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale, NO_DEFAULT_LOCALE)
                    .getString(key);
        } catch (MissingResourceException missing) {
            log.warn("No translation for key {}", key);
            return "!{" + key + "}!";
        }
        // ICU treats a lone apostrophe as text, so "server's" needs no escaping with or without arguments
        MessageFormat format = formats.computeIfAbsent(new FormatKey(pattern, locale == null ? Locale.ENGLISH : locale),
                k -> new MessageFormat(k.pattern(), k.locale()));
        synchronized (format) { // an ICU MessageFormat is not safe for concurrent use
            return format.format(params);
        }
    }

    private record FormatKey(String pattern, Locale locale) {
    }
}
