package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import dev.trackboard.embedded.TrackingApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/sessions/events}: the ends of API sessions, for dashboard nodes. Not a user's
 * request: authenticated with the node credential ({@value #HEADER}), not a user's token, so the
 * Bearer check leaves this path alone (ApiWebConfiguration).
 */
@RestController
@RequestMapping("/api/v1/sessions")
@TrackingApi
@ConditionalOnEmbeddedMode
class SessionEventsController {

    static final String HEADER = "Trackboard-Node-Credential";

    private final byte[] credential;
    private final SessionEventStreams streams;

    SessionEventsController(EmbeddedProperties embedded, SessionEventStreams streams) {
        this.credential = embedded.nodeCredential() == null ? new byte[0]
                : embedded.nodeCredential().getBytes(StandardCharsets.UTF_8);
        this.streams = streams;
    }

    @GetMapping(value = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@RequestHeader(name = HEADER, required = false) String shown,
                      @RequestParam(name = "since", required = false) Long since) {
        if (credential.length == 0 || shown == null
                || !MessageDigest.isEqual(credential, shown.getBytes(StandardCharsets.UTF_8))) {
            throw ApiProblem.unauthorized("A valid node credential is required.");
        }
        if (since != null && since < 0) {
            throw ApiProblem.invalid(java.util.List.of(new ApiProblem.FieldError("since", "must be 0 or more")));
        }
        return streams.open(since);
    }
}
