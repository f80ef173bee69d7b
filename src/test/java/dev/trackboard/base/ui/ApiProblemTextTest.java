package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.TrackingApiException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every kind of API problem has text of its own in the bundle, in the UI's words, never the API's message. */
class ApiProblemTextTest {

    private final IcuTranslations bundle = new IcuTranslations();

    @Test
    void everyKindOfProblemIsToldInTheUisWords() {
        List<TrackingApiException> problems = List.of(
                new TrackingApiException.NotFound("no such brand in this guild"),
                new TrackingApiException.Forbidden("not an admin of this guild"),
                new TrackingApiException.Conflict("guild settings changed"),
                new TrackingApiException.InvalidRequest("bad guild filter", List.of()),
                new TrackingApiException.InvalidRequest("q too long",
                        List.of(new TrackingApiException.FieldError("q", "must be at most 200 characters"))),
                new TrackingApiException.RateLimited(Duration.ofSeconds(3)),
                new TrackingApiException.SessionEnded("token expired"),
                new TrackingApiException.Unavailable("guild API down", null),
                new TrackingApiException.OutcomeUnknown("answer lost", null));
        for (TrackingApiException problem : problems) {
            String text = bundle.getTranslation(ApiProblemText.key(problem), Locale.ENGLISH);
            assertThat(text).as(problem.getClass().getSimpleName())
                    .doesNotStartWith("!{").doesNotContainIgnoringCase("guild").doesNotContain(problem.getMessage());
            assertThat(Character.isUpperCase(text.charAt(0))).as(text).isTrue();
        }
    }
}
