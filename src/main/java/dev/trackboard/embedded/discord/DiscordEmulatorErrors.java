package dev.trackboard.embedded.discord;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Error bodies shaped like Discord's: OAuth2 errors on the token endpoints, {message, code} elsewhere. */
@RestControllerAdvice(basePackageClasses = DiscordEmulatorErrors.class)
@ConditionalOnEmbeddedMode
class DiscordEmulatorErrors {

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> oauth(OAuthException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON);
        if (e.status().value() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"discord\"");
        }
        return response.body(Map.of("error", e.error()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> api(DiscordApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("code", e.code());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
