package dev.trackboard.embedded.discord;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.SecretTokens;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Discord's {@code /api/oauth2/token} (authorization code and refresh grants) and its revocation endpoint. */
@RestController
@RequestMapping(path = "/embedded/discord/api/oauth2", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
@ConditionalOnEmbeddedMode
class TokenEndpointController {

    private final OAuthApplication application;
    private final DiscordOAuthStore store;

    TokenEndpointController(OAuthApplication application, DiscordOAuthStore store) {
        this.application = application;
        this.store = store;
    }

    @PostMapping("/token")
    ResponseEntity<Map<String, Object>> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                              @RequestParam Map<String, String> form) {
        String clientId = authenticate(authorization, form);
        DiscordOAuthStore.IssuedTokens tokens = switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> redeemCode(clientId, form);
            case "refresh_token" -> refresh(clientId, form.get("refresh_token"));
            default -> throw new OAuthException(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", DiscordOAuthStore.ACCESS_TOKEN_LIFETIME.toSeconds());
        body.put("refresh_token", tokens.refreshToken());
        body.put("scope", tokens.scope());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @PostMapping("/token/revoke")
    ResponseEntity<Void> revoke(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                @RequestParam Map<String, String> form) {
        String clientId = authenticate(authorization, form);
        String token = form.get("token");
        if (token == null || token.isBlank()) {
            throw OAuthException.invalidRequest();
        }
        // RFC 7009: revoking an unknown token (or another client's) is not an error
        store.liveToken(token, "ACCESS").or(() -> store.liveToken(token, "REFRESH"))
                .filter(found -> found.clientId().equals(clientId))
                .ifPresent(found -> store.revokeGrant(found.grantId()));
        return ResponseEntity.ok().build();
    }

    private DiscordOAuthStore.IssuedTokens redeemCode(String clientId, Map<String, String> form) {
        String code = form.get("code");
        if (code == null || code.isBlank()) {
            throw OAuthException.invalidRequest();
        }
        DiscordOAuthStore.Code bound = store.consumeCode(code).orElseThrow(OAuthException::invalidGrant);
        boolean valid = bound.clientId().equals(clientId)
                && bound.redirectUri().equals(form.get("redirect_uri"))
                && bound.expiresAt().isAfter(Instant.now())
                && pkceHolds(bound.codeChallenge(), form.get("code_verifier"));
        if (!valid) {
            throw OAuthException.invalidGrant();
        }
        return store.issue(bound.codeHash(), clientId, bound.userId(), bound.scope());
    }

    private DiscordOAuthStore.IssuedTokens refresh(String clientId, String refreshToken) {
        DiscordOAuthStore.Token token = store.liveToken(refreshToken, "REFRESH")
                .filter(found -> found.clientId().equals(clientId) && !found.expired())
                .orElseThrow(OAuthException::invalidGrant);
        if (!store.revokeToken(refreshToken)) {
            throw OAuthException.invalidGrant(); // lost a race with another use of the same refresh token
        }
        return store.issue(token.grantId(), clientId, token.userId(), token.scope());
    }

    private static boolean pkceHolds(String challenge, String verifier) {
        if (challenge == null) {
            return true;
        }
        return verifier != null && verifier.length() >= 43 && verifier.length() <= 128
                && SecretTokens.constantTimeEquals(challenge, SecretTokens.s256Challenge(verifier));
    }

    /** Client authentication by HTTP Basic or by client_id/client_secret form fields; returns the client id. */
    private String authenticate(String authorization, Map<String, String> form) {
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                id = URLDecoder.decode(decoded.substring(0, Math.max(colon, 0)), StandardCharsets.UTF_8);
                secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw OAuthException.invalidClient();
            }
        }
        if (!application.authenticates(id, secret)) {
            throw OAuthException.invalidClient();
        }
        return id;
    }
}
