package dev.trackboard.embedded.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The EC P-256 key pair that signs the API's JWTs: generated on first start and kept in the
 * database, so tokens issued before a restart stay valid after it.
 */
@Component
@ConditionalOnEmbeddedMode
class SigningKeys {

    private final ECKey key;

    SigningKeys(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions) {
        this.key = embeddedTransactions.execute(status -> loadOrCreate(embeddedJdbcClient));
    }

    ECKey current() {
        return key;
    }

    private static ECKey loadOrCreate(JdbcClient jdbc) {
        return jdbc.sql("SELECT jwk FROM api_signing_key ORDER BY created_at DESC, kid").query(String.class)
                .list().stream().findFirst().map(SigningKeys::parse).orElseGet(() -> create(jdbc));
    }

    private static ECKey create(JdbcClient jdbc) {
        try {
            ECKey generated = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString()).generate();
            jdbc.sql("INSERT INTO api_signing_key (kid, jwk, created_at) VALUES (?, ?, ?)")
                    .params(generated.getKeyID(), generated.toJSONString(), Timestamp.from(Instant.now())).update();
            return generated;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the API signing key", e);
        }
    }

    private static ECKey parse(String jwk) {
        try {
            return ECKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored API signing key is unreadable", e);
        }
    }
}
