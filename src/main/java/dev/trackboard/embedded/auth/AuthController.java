package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/auth/*}: token exchange, refresh and logout (contract: tracking-api.yaml). */
@RestController
@RequestMapping("/api/v1/auth")
@TrackingApi
@ConditionalOnEmbeddedMode
class AuthController {

    record TokenRequest(@NotBlank @Size(max = 512) String discordAccessToken,
                        @Size(max = 512) String userAgent,
                        @Size(max = 64) String ipAddress) { }

    record RefreshRequest(@NotBlank @Size(max = 512) String refreshToken) { }

    record UserJson(String id, String username, String globalName, String avatarUrl) { }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String sessionId,
                         UserJson user) { }

    private final TokenExchange exchange;

    AuthController(TokenExchange exchange) {
        this.exchange = exchange;
    }

    @PostMapping("/token")
    ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
        return ok(exchange.start(request.discordAccessToken(), request.userAgent(), request.ipAddress()));
    }

    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return ok(exchange.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(ApiCaller caller) {
        exchange.end(caller);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<TokenResponse> ok(TokenExchange.Tokens tokens) {
        var user = tokens.user();
        String avatarUrl = user.avatar() == null ? null
                : "https://cdn.discordapp.com/avatars/" + user.id() + "/" + user.avatar() + ".png";
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new TokenResponse(tokens.accessToken(),
                "Bearer", tokens.expiresIn(), tokens.refreshToken(), tokens.sessionId(),
                new UserJson(user.id(), user.username(), user.globalName(), avatarUrl)));
    }
}
