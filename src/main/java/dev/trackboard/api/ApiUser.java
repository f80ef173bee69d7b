package dev.trackboard.api;

import java.io.Serializable;

/** The Discord user an API session belongs to, as the API verified it. */
public record ApiUser(String id, String username, String globalName, String avatarUrl) implements Serializable {

    public String displayName() {
        return globalName != null && !globalName.isBlank() ? globalName : username;
    }
}
