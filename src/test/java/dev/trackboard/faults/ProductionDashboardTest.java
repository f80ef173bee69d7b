package dev.trackboard.faults;

import dev.trackboard.testing.KaribuSupport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Karibu tests of the production dashboard against a Tracking API that fails on demand: the
 * embedded backend of this JVM behind {@link FaultyApiProxy}. Short timeouts keep the faults quick.
 */
@ProductionDashboard
public abstract class ProductionDashboardTest extends KaribuSupport {

    @DynamicPropertySource
    static void againstTheFaultyApi(DynamicPropertyRegistry properties) {
        EmbeddedBackend.register(properties, Duration.ofSeconds(4));
    }

    /** Every test starts signed in as alice against a healthy API, and leaves it healthy. */
    @BeforeEach
    void aliceAgainstAHealthyApi() {
        proxy().heal();
        signIn("alice");
    }

    @AfterEach
    void healTheApi() {
        proxy().heal();
    }

    @Override
    protected int emulatorPort() {
        return EmbeddedBackend.get().port;
    }

    protected static FaultyApiProxy proxy() {
        return EmbeddedBackend.get().proxy;
    }
}
