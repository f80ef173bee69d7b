package dev.trackboard.embedded.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.testing.Demo;
import dev.trackboard.testing.DemoDataDirEnvironmentPostProcessor;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Discord unreachable: no session starts, and no guild access is granted (fail closed, 503). Its own
 * context (the Discord address is read at start), on a copy of the JVM's demo data template.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "trackboard.mode=embedded",
        DemoDataDirEnvironmentPostProcessor.PROPERTY + "=copy",
        "trackboard.embedded.large-guild-posts=" + Demo.ACME_POSTS,
        "trackboard.embedded.guild-posts=" + Demo.GUILD_POSTS,
        "trackboard.embedded.discord-api-base-url=http://127.0.0.1:9/api"})
class DiscordOutageTest {

    private static final String ACME = "200000000000000001";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApiSessions sessions;

    @Autowired
    AccessTokens accessTokens;

    @Test
    void tokenExchangeIs503() {
        HttpResponse<String> response = new ApiClient(port).exchange("any-token");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void guildChecksFailClosedWith503() {
        ApiClient api = new ApiClient(port);
        String sessionId = sessions.create("100000000000000001", "discord-token", "refresh-" + Instant.now(), null, null);
        String token = accessTokens.issue("100000000000000001", sessionId, List.of(ACME), Instant.now());

        HttpResponse<String> guild = api.get("/api/v1/guilds/" + ACME, token);
        HttpResponse<String> write = api.http().postJson("/api/v1/guilds/" + ACME + "/anything", "{}",
                "Authorization", "Bearer " + token);

        assertThat(guild.statusCode()).isEqualTo(503);
        assertThat(DemoSignIn.json(guild.body()).get("status").asInt()).isEqualTo(503);
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(api.get("/api/v1/guilds", token).statusCode()).isEqualTo(503);
    }
}
