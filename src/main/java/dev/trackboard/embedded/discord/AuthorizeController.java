package dev.trackboard.embedded.discord;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Discord's {@code /oauth2/authorize}: a sign-in and consent page with one button per demo user.
 * The client and redirect URI are verified before anything is sent to the redirect URI; the form
 * POST carries the original parameters and they are verified again.
 */
@RestController
@RequestMapping("/embedded/discord/oauth2/authorize")
@ConditionalOnEmbeddedMode
class AuthorizeController {

    static final List<String> SIGN_IN_USERS = List.of("alice", "bob", "carol");
    private static final String APP_NAME = "Trackboard (embedded demo)";

    private final OAuthApplication application;
    private final DiscordDirectory directory;
    private final DiscordOAuthStore store;
    private final EmbeddedProperties embedded;

    AuthorizeController(OAuthApplication application, DiscordDirectory directory, DiscordOAuthStore store,
                        EmbeddedProperties embedded) {
        this.application = application;
        this.directory = directory;
        this.store = store;
        this.embedded = embedded;
    }

    @GetMapping
    ResponseEntity<String> show(HttpServletRequest http) {
        AuthorizationRequest request = read(http);
        ResponseEntity<String> refusal = refusal(request);
        if (refusal != null) {
            return refusal;
        }
        Optional<ResponseEntity<String>> withoutAsking = withoutAsking(request, http);
        if (withoutAsking.isPresent()) {
            return withoutAsking.get();
        }
        List<AuthorizePage.SignInUser> users = directory.signInUsers(SIGN_IN_USERS).stream()
                .map(user -> new AuthorizePage.SignInUser(user.username(), user.globalName())).toList();
        return html(HttpStatus.OK, AuthorizePage.consent(APP_NAME, request, users));
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> decide(HttpServletRequest http,
                                  @RequestParam(name = "login_as", required = false) String loginAs,
                                  @RequestParam(name = "deny", required = false) String deny) {
        AuthorizationRequest request = read(http);
        ResponseEntity<String> refusal = refusal(request);
        if (refusal != null) {
            return refusal;
        }
        if (deny != null) {
            return redirect(request.redirectWith("error", "access_denied"));
        }
        Optional<DiscordDirectory.User> user =
                SIGN_IN_USERS.contains(loginAs) ? directory.userByName(loginAs) : Optional.empty();
        if (user.isEmpty()) {
            return html(HttpStatus.BAD_REQUEST, AuthorizePage.message("Unknown account", "Choose one of the demo accounts."));
        }
        String code = store.createCode(request.clientId(), request.redirectUri(), user.get().id(),
                request.normalizedScope(), request.challengeOrNull());
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(request.redirectWith("code", code)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.SET_COOKIE, EmulatorSignIn.cookieFor(user.get().id(), http))
                .build();
    }

    /**
     * Discord's {@code prompt=none}: a browser signed in as a user who has already authorized this
     * application for these scopes goes straight back with a code. Anything else shows the page, as
     * Discord does (it never answers {@code prompt=none} with an error).
     */
    private Optional<ResponseEntity<String>> withoutAsking(AuthorizationRequest request, HttpServletRequest http) {
        if (!"none".equals(request.prompt())) {
            return Optional.empty();
        }
        return EmulatorSignIn.userId(http)
                .flatMap(directory::user)
                .filter(user -> SIGN_IN_USERS.contains(user.username()))
                .filter(user -> store.hasLiveGrant(request.clientId(), user.id(), request.normalizedScope()))
                .map(user -> redirect(request.redirectWith("code", store.createCode(request.clientId(),
                        request.redirectUri(), user.id(), request.normalizedScope(), request.challengeOrNull()))));
    }

    /** The answer that ends the request before the consent step, or null to go on. */
    private ResponseEntity<String> refusal(AuthorizationRequest request) {
        if (request.asksToAddBot()) {
            boolean bot = embedded.botClientId() != null && embedded.botClientId().equals(request.clientId());
            return bot
                    ? html(HttpStatus.OK, AuthorizePage.message("Adding the bot is not emulated",
                            "In the embedded demo the bot is installed in a fixed set of demo servers. "
                                    + "With real Discord this page adds the Trackboard bot to the chosen server."))
                    : html(HttpStatus.BAD_REQUEST, AuthorizePage.message("Unknown application",
                            "No bot application with this client id exists."));
        }
        if (!application.isClient(request.clientId())) {
            return html(HttpStatus.BAD_REQUEST, AuthorizePage.message("Unknown application",
                    "The application that sent you here is not registered (invalid client_id)."));
        }
        if (!application.isRegisteredRedirectUri(request.redirectUri())) {
            return html(HttpStatus.BAD_REQUEST, AuthorizePage.message("Invalid redirect URI",
                    "The application asked to send you to an address it has not registered (invalid redirect_uri)."));
        }
        String error = request.userFlowError();
        return error == null ? null : redirect(request.redirectWith("error", error));
    }

    private static AuthorizationRequest read(HttpServletRequest http) {
        return new AuthorizationRequest(http.getParameter("response_type"), http.getParameter("client_id"),
                http.getParameter("redirect_uri"), http.getParameter("scope"), http.getParameter("state"),
                http.getParameter("code_challenge"), http.getParameter("code_challenge_method"),
                http.getParameter("prompt"), http.getParameter("guild_id"));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(body);
    }

    private static ResponseEntity<String> redirect(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
