package dev.trackboard.embedded;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests of the embedded Tracking API over HTTP that act as two demo users: before each test alice
 * (owner of the demo guilds) and bob each sign in afresh, as the dashboard would. The embedded
 * database is at hand for what HTTP cannot set up or see. A subclass's own {@code @BeforeEach} runs
 * after this one, so it may use the tokens.
 */
@EmbeddedAppTest
public abstract class SignedInApiTest {

    @Value("${local.server.port}")
    protected int port;
    @Autowired
    protected JdbcClient embeddedJdbcClient;

    protected ApiClient api;
    /** Access tokens of this test's sessions. */
    protected String alice;
    protected String bob;

    @BeforeEach
    void signInAliceAndBob() {
        api = new ApiClient(port);
        alice = ApiClient.accessToken(api.session("alice"));
        bob = ApiClient.accessToken(api.session("bob"));
    }
}
