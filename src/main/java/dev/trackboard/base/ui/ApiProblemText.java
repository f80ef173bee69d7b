package dev.trackboard.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.trackboard.api.TrackingApiException;
import java.util.List;
import java.util.Map;

/**
 * What the user reads when the Tracking API refuses or fails: text from the bundle in the UI's
 * words ("server", not "guild"), chosen by the kind of problem and, for a refused form, by the
 * field. The API's own message strings are for logs and never shown: they are English, lowercase,
 * in the API's vocabulary, and may change with any API version.
 */
public final class ApiProblemText {

    private ApiProblemText() {
    }

    /** The key of the note for a problem that is not about one field. */
    public static String key(TrackingApiException problem) {
        return switch (problem) {
            case TrackingApiException.Unavailable down -> "error.unavailable";
            case TrackingApiException.RateLimited slow -> "error.unavailable";
            case TrackingApiException.OutcomeUnknown unknown -> "error.outcomeUnknown";
            case TrackingApiException.NotFound gone -> "error.gone";
            case TrackingApiException.Forbidden refused -> "error.forbidden";
            case TrackingApiException.Conflict changed -> "error.conflict";
            case TrackingApiException.SessionEnded ended -> "error.sessionEnded";
            case TrackingApiException.InvalidRequest invalid -> invalid.fieldErrors().stream()
                    .anyMatch(error -> error.field().equals("q")) ? "error.invalidSearch" : "error.invalidRequest";
        };
    }

    /**
     * Marks the fields the API refused, each with the bundle's text {@code keyPrefix + field}
     * (e.g. {@code tracking.problem.account.handle}); an error for a field the form does not have
     * goes to {@code fallback} as a general note.
     */
    public static void showOnFields(UI ui, List<TrackingApiException.FieldError> errors, String keyPrefix,
                                    Map<String, ? extends HasValidation> fields, HasValidation fallback) {
        for (TrackingApiException.FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            String text = ui.getTranslation(field == null ? "error.fieldRefused" : keyPrefix + error.field());
            HasValidation target = field == null ? fallback : field;
            target.setErrorMessage(text);
            target.setInvalid(true);
        }
    }
}
