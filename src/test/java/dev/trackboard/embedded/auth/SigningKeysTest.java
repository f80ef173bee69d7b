package dev.trackboard.embedded.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import dev.trackboard.embedded.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void aP256KeyIsGeneratedOnFirstStartAndReusedAfterARestart() {
        String kid;
        try (TestDatabase db = TestDatabase.open(dataDir)) {
            SigningKeys keys = new SigningKeys(db.jdbc(), db.transactions());
            assertThat(keys.current().getCurve()).isEqualTo(Curve.P_256);
            assertThat(keys.current().isPrivate()).isTrue();
            kid = keys.current().getKeyID();
        }
        try (TestDatabase restarted = TestDatabase.open(dataDir)) {
            assertThat(new SigningKeys(restarted.jdbc(), restarted.transactions()).current().getKeyID()).isEqualTo(kid);
            assertThat(restarted.count("SELECT COUNT(*) FROM api_signing_key")).isEqualTo(1);
        }
    }
}
