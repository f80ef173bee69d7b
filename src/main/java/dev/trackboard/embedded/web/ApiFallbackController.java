package dev.trackboard.embedded.web;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Unknown paths under {@code /api/v1} answer a problem 404 here instead of reaching the Vaadin servlet. */
@RestController
@TrackingApi
@ConditionalOnEmbeddedMode
class ApiFallbackController {

    @RequestMapping({"/api/v1", "/api/v1/**"})
    void unknown() {
        throw ApiProblem.notFound();
    }
}
