package dev.trackboard.embedded.discord;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;

/**
 * The emulator's stand-in for being signed in to discord.com in this browser: after a demo user
 * presses "login as", the browser keeps a cookie naming that user, limited to the emulator's paths.
 * Real Discord skips its authorization screen for {@code prompt=none} when the browser is signed in
 * and the user has already authorized the application; this cookie lets the emulator do the same.
 */
final class EmulatorSignIn {

    static final String COOKIE = "tb_emulator_discord_user";
    private static final String PATH = "/embedded/discord";
    private static final Duration LIFETIME = Duration.ofDays(30);

    private EmulatorSignIn() {
    }

    /** The user id this browser is signed in to the emulator as, if any. */
    static Optional<String> userId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value.matches("\\d{17,20}"))
                .findFirst();
    }

    /** The {@code Set-Cookie} header value that signs this browser in to the emulator as the user. */
    static String cookieFor(String userId, HttpServletRequest request) {
        return ResponseCookie.from(COOKIE, userId)
                .path(PATH).httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(LIFETIME)
                .build().toString();
    }
}
