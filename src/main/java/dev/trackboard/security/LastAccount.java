package dev.trackboard.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Remembers, in this browser only, which Discord account signed in last, so the sign-in page can
 * say which account will be used. Holds the display name alone: no id, no token.
 */
public final class LastAccount {

    public static final String COOKIE = "tb_last_account";
    private static final int MAX_LENGTH = 64;
    private static final Duration LIFETIME = Duration.ofDays(90);

    private LastAccount() {
    }

    static void remember(HttpServletResponse response, String displayName, boolean secure) {
        String name = displayName.length() > MAX_LENGTH ? displayName.substring(0, MAX_LENGTH) : displayName;
        Cookie cookie = new Cookie(COOKIE, URLEncoder.encode(name, StandardCharsets.UTF_8));
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The remembered display name, if this browser has one. */
    public static Optional<String> read(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8))
                .filter(name -> !name.isBlank() && name.length() <= MAX_LENGTH)
                .findFirst();
    }
}
