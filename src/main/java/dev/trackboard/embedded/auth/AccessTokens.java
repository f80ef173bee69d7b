package dev.trackboard.embedded.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Issues and verifies the API's ES256 access tokens. Only ES256 with our key id is ever accepted. */
@Component
@ConditionalOnEmbeddedMode
class AccessTokens {

    /** The verified claims the API relies on. */
    record Verified(String userId, String sessionId, Set<String> guildIds, Instant expiresAt) { }

    private final SigningKeys keys;
    private final EmbeddedProperties properties;

    AccessTokens(SigningKeys keys, EmbeddedProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    long lifetimeSeconds() {
        return properties.accessTokenLifetime().toSeconds();
    }

    String issue(String userId, String sessionId, List<String> guildIds) {
        return issue(userId, sessionId, guildIds, Instant.now());
    }

    /** Package-visible with an explicit issue time so tests can mint expired tokens. */
    String issue(String userId, String sessionId, List<String> guildIds, Instant issuedAt) {
        List<Map<String, Object>> guilds = guildIds.stream()
                .map(id -> Map.<String, Object>of("id", id, "clientId", properties.botClientId())).toList();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .subject(userId)
                .claim("sid", sessionId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(properties.accessTokenLifetime())))
                .jwtID(UUID.randomUUID().toString())
                .claim("guilds", guilds)
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
                .keyID(keys.current().getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(keys.current()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    /** The claims of a well-formed, correctly signed, unexpired token of ours; empty otherwise. */
    Optional<Verified> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                    || !keys.current().getKeyID().equals(jwt.getHeader().getKeyID())
                    || !jwt.verify(new ECDSAVerifier(keys.current().toECPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(Instant.now())
                    || !properties.issuer().equals(claims.getIssuer())
                    || claims.getSubject() == null || claims.getStringClaim("sid") == null) {
                return Optional.empty();
            }
            return Optional.of(new Verified(claims.getSubject(), claims.getStringClaim("sid"), guildIds(claims),
                    expires.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<String> guildIds(JWTClaimsSet claims) throws ParseException {
        Set<String> ids = new LinkedHashSet<>();
        List<Object> guilds = claims.getListClaim("guilds");
        if (guilds != null) {
            for (Object guild : guilds) {
                if (guild instanceof Map<?, ?> map && map.get("id") instanceof String id) {
                    ids.add(id);
                }
            }
        }
        return Set.copyOf(ids);
    }
}
