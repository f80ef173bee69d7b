package dev.trackboard.embedded.discord;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/** The parameters of {@code /oauth2/authorize}, as received (GET) or echoed back by the form (POST). */
record AuthorizationRequest(String responseType, String clientId, String redirectUri, String scope, String state,
                            String codeChallenge, String codeChallengeMethod, String prompt, String guildId) {

    static final Set<String> USER_SCOPES = Set.of("identify", "guilds", "email");
    static final Set<String> BOT_SCOPES = Set.of("bot", "applications.commands");

    List<String> scopes() {
        return scope == null ? List.of() : Arrays.stream(scope.trim().split("[ +]+")).filter(s -> !s.isBlank()).toList();
    }

    boolean asksToAddBot() {
        return scopes().contains("bot");
    }

    /** The OAuth2 error to send back to the (verified) redirect URI, or null when the request is fine. */
    String userFlowError() {
        if (!"code".equals(responseType)) {
            return "unsupported_response_type";
        }
        if (scopes().isEmpty() || !USER_SCOPES.containsAll(scopes())) {
            return "invalid_scope";
        }
        if (codeChallenge != null && !codeChallenge.isBlank()
                && !"S256".equals(codeChallengeMethod)) {
            return "invalid_request";
        }
        return null;
    }

    String normalizedScope() {
        return String.join(" ", scopes());
    }

    String challengeOrNull() {
        return codeChallenge == null || codeChallenge.isBlank() ? null : codeChallenge;
    }

    /** The hidden form fields that carry this request through the sign-in page's POST. */
    Map<String, String> formFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("response_type", responseType);
        fields.put("client_id", clientId);
        fields.put("redirect_uri", redirectUri);
        fields.put("scope", scope);
        fields.put("state", state);
        fields.put("code_challenge", codeChallenge);
        fields.put("code_challenge_method", codeChallengeMethod);
        fields.put("prompt", prompt);
        fields.values().removeIf(value -> value == null);
        return fields;
    }

    String redirectWith(String name, String value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(redirectUri).queryParam(name, value);
        if (state != null) {
            uri.queryParam("state", state);
        }
        return uri.encode().build().toUriString();
    }
}
