package dev.trackboard.embedded.web;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.DiscordTokenRejectedException;
import dev.trackboard.embedded.access.DiscordUnavailableException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the embedded API as an RFC 9457 problem ({@code application/problem+json}). */
@RestControllerAdvice(annotations = TrackingApi.class)
@ConditionalOnEmbeddedMode
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        ResponseEntity<ProblemDetail> answer = problem(problem.status(), problem.getMessage());
        if (!problem.errors().isEmpty() && answer.getBody() != null) {
            answer.getBody().setProperty("errors", problem.errors().stream().map(ApiProblemHandler::error).toList());
        }
        if (problem.retryAfter() != null) {
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, problem.retryAfter().toSeconds())))
                    .body(answer.getBody());
        }
        return answer;
    }

    private static Map<String, String> error(ApiProblem.FieldError error) {
        return error.code() == null ? Map.of("field", error.field(), "message", error.message())
                : Map.of("field", error.field(), "message", error.message(), "code", error.code());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> discordUnavailable(DiscordUnavailableException e) {
        log.warn("Discord unavailable: {}", e.getMessage());
        return apiProblem(ApiProblem.discordUnavailable());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> discordTokenRejected(DiscordTokenRejectedException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Discord did not accept the access token.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in the embedded Tracking API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .toList();
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
