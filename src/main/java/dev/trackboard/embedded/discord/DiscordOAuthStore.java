package dev.trackboard.embedded.discord;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.SecretTokens;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Authorization codes and tokens of the emulator, stored by their SHA-256 hash. */
@Component
@ConditionalOnEmbeddedMode
class DiscordOAuthStore {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofDays(7);
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

    record Code(String codeHash, String clientId, String redirectUri, String userId, String scope,
                String codeChallenge, Instant expiresAt) { }

    record Token(String kind, String grantId, String clientId, String userId, String scope, Instant expiresAt) {
        boolean expired() {
            return expiresAt.isBefore(Instant.now());
        }
    }

    record IssuedTokens(String accessToken, String refreshToken, String scope) { }

    private final JdbcClient jdbc;

    DiscordOAuthStore(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    String createCode(String clientId, String redirectUri, String userId, String scope, String codeChallenge) {
        String code = SecretTokens.newToken();
        jdbc.sql("""
                INSERT INTO discord_oauth_code
                    (code_hash, client_id, redirect_uri, user_id, scope, code_challenge, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(SecretTokens.sha256Hex(code), clientId, redirectUri, userId, scope, codeChallenge,
                        Timestamp.from(Instant.now().plus(CODE_LIFETIME)))
                .update();
        return code;
    }

    /**
     * Marks the code used and returns it, or empty when it is unknown. A code that was already
     * used is a replay: every token issued from it is revoked and empty is returned.
     */
    Optional<Code> consumeCode(String code) {
        String hash = SecretTokens.sha256Hex(code);
        int won = jdbc.sql("UPDATE discord_oauth_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(Instant.now()), hash).update();
        if (won == 0) {
            revokeGrant(hash);
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT code_hash, client_id, redirect_uri, user_id, scope, code_challenge, expires_at
                FROM discord_oauth_code WHERE code_hash = ?""")
                .param(hash).query(RecordRowMapper.of(Code.class)).optional();
    }

    IssuedTokens issue(String grantId, String clientId, String userId, String scope) {
        String access = SecretTokens.newToken();
        String refresh = SecretTokens.newToken();
        insertToken(access, "ACCESS", grantId, clientId, userId, scope, ACCESS_TOKEN_LIFETIME);
        insertToken(refresh, "REFRESH", grantId, clientId, userId, scope, REFRESH_TOKEN_LIFETIME);
        return new IssuedTokens(access, refresh, scope);
    }

    /** A live (not revoked) token of the given kind, expired or not. */
    Optional<Token> liveToken(String token, String kind) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT kind, grant_id, client_id, user_id, scope, expires_at FROM discord_oauth_token
                WHERE token_hash = ? AND kind = ? AND revoked_at IS NULL""")
                .params(SecretTokens.sha256Hex(token), kind).query(RecordRowMapper.of(Token.class)).optional();
    }

    /** Revokes one token; true when it was live before (so a refresh token works exactly once). */
    boolean revokeToken(String token) {
        return jdbc.sql("UPDATE discord_oauth_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), SecretTokens.sha256Hex(token)).update() > 0;
    }

    /** Whether the user's authorization of the client for exactly these scopes is still in force. */
    boolean hasLiveGrant(String clientId, String userId, String scope) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM discord_oauth_token
                WHERE client_id = ? AND user_id = ? AND scope = ? AND kind = 'REFRESH'
                  AND revoked_at IS NULL AND expires_at > ?""")
                .params(clientId, userId, scope, Timestamp.from(Instant.now())).query(Long.class).single() > 0;
    }

    void revokeGrant(String grantId) {
        jdbc.sql("UPDATE discord_oauth_token SET revoked_at = ? WHERE grant_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), grantId).update();
    }

    private void insertToken(String token, String kind, String grantId, String clientId, String userId,
                             String scope, Duration lifetime) {
        jdbc.sql("""
                INSERT INTO discord_oauth_token (token_hash, kind, grant_id, client_id, user_id, scope, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(SecretTokens.sha256Hex(token), kind, grantId, clientId, userId, scope,
                        Timestamp.from(Instant.now().plus(lifetime)))
                .update();
    }
}
