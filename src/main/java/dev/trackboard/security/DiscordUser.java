package dev.trackboard.security;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.ApiUser;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The signed-in person: a Discord user as the Tracking API verified them, with their API session.
 * Two principals are the same user exactly when their Discord ids are equal.
 */
public final class DiscordUser implements OAuth2User, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private final ApiSession apiSession;

    DiscordUser(ApiSession apiSession) {
        this.apiSession = Objects.requireNonNull(apiSession);
    }

    public String id() {
        return user().id();
    }

    public String username() {
        return user().username();
    }

    public String displayName() {
        return user().displayName();
    }

    /** Null when the user has no avatar: show initials then. */
    public String avatarUrl() {
        return user().avatarUrl();
    }

    /** Server-side only: the tokens inside never leave this JVM. */
    public ApiSession apiSession() {
        return apiSession;
    }

    private ApiUser user() {
        return apiSession.user();
    }

    /** The Discord id: what Spring Security and the session registry know the user by. */
    @Override
    public String getName() {
        return id();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("id", id(), "username", username());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiscordUser that && id().equals(that.id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return "DiscordUser[" + id() + "]";
    }
}
