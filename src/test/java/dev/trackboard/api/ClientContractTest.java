package dev.trackboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.api.guild.GuildDenial;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.contract.OpenApiContract;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's side of the contract: what it sends validates against tracking-api.yaml, and answers
 * that validate against it are read correctly (the embedded API's answers are checked against the
 * same document by EmbeddedApiContractTest).
 */
class ClientContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();
    private static final String TOKENS = """
            {"accessToken":"a","tokenType":"Bearer","expiresIn":300,"refreshToken":"r","sessionId":"s",
             "user":{"id":"100000000000000001","username":"alice","globalName":"Alice Lindqvist","avatarUrl":null}}""";
    private static final String GUILDS = """
            {"items":[
              {"id":"200000000000000001","name":"Acme Creators","iconUrl":null,"memberCount":12840,"botInstalled":true,
               "access":"OWNER","denial":null,"inviteUrl":null},
              {"id":"200000000000000005","name":"Quiet Corner","iconUrl":null,"memberCount":27,"botInstalled":false,
               "access":"OWNER","denial":"BOT_NOT_INSTALLED","inviteUrl":"https://discord.com/oauth2/authorize?guild_id=200000000000000005"}]}""";
    private static final String GUILD = """
            {"id":"200000000000000001","name":"Acme Creators","iconUrl":null,"memberCount":12840,"access":"OWNER",
             "botClientId":"300000000000000002","botJoinedAt":"2024-03-14T10:00:00Z","channelCount":13,"roleCount":6}""";

    private final MockWebServer server = new MockWebServer();
    private GuildClient client;
    private SessionClient sessions;

    @BeforeEach
    void start() throws IOException {
        server.start();
        var api = new TrackboardProperties.Api(server.url("/api/v1").toString(),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), 65536);
        var properties = new TrackboardProperties(TrackboardProperties.Mode.PRODUCTION, Path.of("."), api,
                new TrackboardProperties.Discord("id", "secret", "a", "t", "u", "r", "x"));
        var calls = new ApiCalls(properties, new LocalServerAddress(), new ApiHttpClientFactory().create(api),
                Clock.systemUTC());
        client = new GuildClient(calls);
        sessions = new SessionClient(calls);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private void answer(String json) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));
    }

    @Test
    void theAnswersUsedHereAreThemselvesValidByTheContract() {
        CONTRACT.assertValidResponse("POST", "/auth/token", 200, "application/json", TOKENS);
        CONTRACT.assertValidResponse("GET", "/guilds", 200, "application/json", GUILDS);
        CONTRACT.assertValidResponse("GET", "/guilds/{guildId}", 200, "application/json", GUILD);
    }

    @Test
    void theTokenRequestFollowsTheContract() throws Exception {
        answer(TOKENS);

        sessions.startSession("discord-token", "Mozilla/5.0", "127.0.0.1");

        CONTRACT.assertValid("TokenRequest", server.takeRequest().getBody().readUtf8());
    }

    @Test
    void theRefreshRequestFollowsTheContract() throws Exception {
        answer(TOKENS.replace("\"expiresIn\":300", "\"expiresIn\":1"));
        ApiSession session = sessions.startSession("discord-token", null, null);
        server.takeRequest();
        answer(TOKENS);
        answer("{\"items\":[]}");

        client.guilds(session);

        CONTRACT.assertValid("RefreshRequest", server.takeRequest().getBody().readUtf8());
    }

    @Test
    void contractValidAnswersAreReadCompletely() {
        answer(TOKENS);
        answer(GUILDS);
        answer(GUILD);
        ApiSession session = sessions.startSession("discord-token", null, null);

        var guilds = client.guilds(session);
        GuildDetail acme = client.guild(session, new GuildId("200000000000000001"));

        assertThat(session.user().displayName()).isEqualTo("Alice Lindqvist");
        assertThat(guilds).extracting(GuildSummary::denial).containsExactly(null, GuildDenial.BOT_NOT_INSTALLED);
        assertThat(guilds.get(1).inviteUrl()).contains("guild_id=200000000000000005");
        assertThat(acme.botJoinedAt()).hasToString("2024-03-14T10:00:00Z");
        assertThat(acme.channelCount()).isEqualTo(13);
    }
}
