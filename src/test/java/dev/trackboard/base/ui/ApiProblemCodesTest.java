package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.TrackingApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every problem the embedded Tracking API can answer reaches the user as bundle text in both
 * languages, never as the API's English. The API tells problems apart by status (mapped to a kind
 * of {@link TrackingApiException}, then to a key by {@link ApiProblemText#key}) and, for a refused
 * form, by the field names of its {@code errors} (mapped to {@code <form prefix><field>}). The field
 * names are read from the embedded API's validation code, so a new field error there without text
 * here fails this test.
 */
class ApiProblemCodesTest {

    /** The embedded API's validation of each form the dashboard sends, and the bundle prefix of that form's field texts. */
    private static final Map<Path, String> FORMS = Map.of(
            Path.of("src/main/java/dev/trackboard/embedded/settings/SettingsValidation.java"), "settings.problem.",
            Path.of("src/main/java/dev/trackboard/embedded/tracking/AccountValidation.java"), "tracking.problem.account.",
            Path.of("src/main/java/dev/trackboard/embedded/tracking/BrandStore.java"), "tracking.problem.brand.");

    /** A field name as the first argument of a check call: {@code fail("handle", …)}, {@code bool("trackingEnabled")}. */
    private static final Pattern FIELD = Pattern.compile("\\b(?!put\\b|failed\\b)[a-z][A-Za-z]*\\(\"([a-z][A-Za-z]+)\"");

    /** One of each kind, with messages as the API would phrase them: they must not reach the user. */
    private static final List<TrackingApiException> EVERY_KIND = List.of(
            new TrackingApiException.NotFound("The requested resource does not exist."),
            new TrackingApiException.Forbidden("guild answered 403"),
            new TrackingApiException.Conflict("This export has already ended (SUCCEEDED)."),
            new TrackingApiException.InvalidRequest("The request is not valid.", List.of()),
            new TrackingApiException.InvalidRequest("The request is not valid.",
                    List.of(new TrackingApiException.FieldError("q", "must be at most 200 characters"))),
            new TrackingApiException.RateLimited(Duration.ofSeconds(3)),
            new TrackingApiException.SessionEnded("The session has ended."),
            new TrackingApiException.Unavailable("Discord cannot be reached right now; try again shortly.", null),
            new TrackingApiException.OutcomeUnknown("answer lost", null));

    private final IcuTranslations translations = new IcuTranslations();

    @Test
    void theListAboveHasEveryKindOfProblem() {
        Set<Class<?>> listed = EVERY_KIND.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(listed).containsExactlyInAnyOrder(TrackingApiException.class.getPermittedSubclasses());
    }

    @Test
    void everyKindOfProblemHasItsOwnTextInBothLanguages() {
        for (TrackingApiException problem : EVERY_KIND) {
            String key = ApiProblemText.key(problem);
            String english = translations.getTranslation(key, Locale.ENGLISH);
            String german = translations.getTranslation(key, Locale.GERMAN);
            assertThat(english).as(key).doesNotStartWith("!{").doesNotContain(problem.getMessage());
            assertThat(german).as(key).doesNotStartWith("!{").doesNotContain(problem.getMessage()).isNotEqualTo(english);
        }
    }

    @Test
    void everyFieldTheApiCanRefuseHasTextInBothLanguages() throws IOException {
        Properties english = TranslationBundlesTest.load(Locale.ENGLISH);
        Properties german = TranslationBundlesTest.load(Locale.GERMAN);
        Set<String> missing = new TreeSet<>();
        int fields = 0;
        for (Map.Entry<Path, String> form : FORMS.entrySet()) {
            Matcher matcher = FIELD.matcher(Files.readString(form.getKey()));
            while (matcher.find()) {
                fields++;
                String key = form.getValue() + matcher.group(1);
                if (!english.containsKey(key) || !german.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(fields).as("field names found in the API's validation code").isGreaterThan(20);
        assertThat(missing).as("field errors the API can send without text in both bundles").isEmpty();
        assertThat(german.getProperty("error.fieldRefused")).as("the text for a field a form does not show").isNotBlank();
    }
}
