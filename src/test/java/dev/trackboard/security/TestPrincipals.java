package dev.trackboard.security;

import dev.trackboard.api.ApiSession;

/** Builds the signed-in principal for tests that sign in without a browser. */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    public static DiscordUser of(ApiSession session) {
        return new DiscordUser(session);
    }
}
