package dev.trackboard.embedded.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@EmbeddedAppTest
class GuildApiTest {

    static final String ACME = "200000000000000001";
    static final String NIMBUS = "200000000000000002";
    static final String ORBIT = "200000000000000003";
    static final String LUMEN = "200000000000000004";
    static final String QUIET = "200000000000000005";

    @Value("${local.server.port}")
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aliceSeesAllFiveGuildsWithHerRights() {
        Map<String, JsonNode> guilds = guilds("alice");

        assertThat(guilds).containsOnlyKeys(ACME, NIMBUS, ORBIT, LUMEN, QUIET);
        assertSummary(guilds.get(ACME), "Acme Creators", "OWNER", null, true);
        assertSummary(guilds.get(NIMBUS), "Nimbus Studio", "ADMINISTRATOR", null, true);
        assertSummary(guilds.get(ORBIT), "Orbit Esports", "MANAGE_GUILD", null, true);
        assertSummary(guilds.get(LUMEN), "Lumen Guild", "NONE", "MISSING_PERMISSION", true);
        assertSummary(guilds.get(QUIET), "Quiet Corner", "OWNER", "BOT_NOT_INSTALLED", false);
        String invite = guilds.get(QUIET).get("inviteUrl").asText();
        assertThat(invite).startsWith("/embedded/discord/oauth2/authorize?")
                .contains("client_id=300000000000000002", "scope=bot%20applications.commands",
                        "guild_id=200000000000000005", "disable_guild_select=true");
        assertThat(guilds.get(ACME).get("memberCount").asInt()).isGreaterThan(100);
        assertThat(guilds.get(ACME).get("iconUrl").isNull()).isTrue();
    }

    @Test
    void bobManagesNimbusOnly() {
        Map<String, JsonNode> guilds = guilds("bob");
        assertThat(guilds).containsOnlyKeys(ACME, NIMBUS);
        assertSummary(guilds.get(NIMBUS), "Nimbus Studio", "MANAGE_GUILD", null, true);
        assertSummary(guilds.get(ACME), "Acme Creators", "NONE", "MISSING_PERMISSION", true);
    }

    @Test
    void carolManagesNothing() {
        Map<String, JsonNode> guilds = guilds("carol");
        assertThat(guilds).containsOnlyKeys(ACME, LUMEN);
        assertSummary(guilds.get(ACME), "Acme Creators", "NONE", "MISSING_PERMISSION", true);
        assertSummary(guilds.get(LUMEN), "Lumen Guild", "NONE", "MISSING_PERMISSION", true);
    }

    @Test
    void aliceOpensAcmeWithChannelsAndRoles() {
        String token = ApiClient.accessToken(api.session("alice"));

        JsonNode guild = DemoSignIn.json(api.get("/api/v1/guilds/" + ACME, token).body());
        assertThat(guild.get("name").asText()).isEqualTo("Acme Creators");
        assertThat(guild.get("access").asText()).isEqualTo("OWNER");
        assertThat(guild.get("botClientId").asText()).isEqualTo("300000000000000002");
        assertThat(guild.get("botJoinedAt").asText()).isEqualTo("2024-03-14T09:30:00Z");
        JsonNode channels = DemoSignIn.json(api.get("/api/v1/guilds/" + ACME + "/channels", token).body()).get("items");
        assertThat(channels.size()).isEqualTo(guild.get("channelCount").asInt());
        assertThat(channels.findValuesAsText("name")).contains("announcements", "tracked-posts", "general");
        assertThat(channels.findValuesAsText("type")).contains("CATEGORY", "TEXT", "ANNOUNCEMENT", "VOICE");
        JsonNode roles = DemoSignIn.json(api.get("/api/v1/guilds/" + ACME + "/roles", token).body()).get("items");
        assertThat(roles.size()).isEqualTo(guild.get("roleCount").asInt());
        assertThat(roles.get(roles.size() - 1).get("name").asText()).isEqualTo("@everyone");
        assertThat(roles.get(roles.size() - 1).get("position").asInt()).isZero();
        assertThat(roles.findValuesAsText("name")).contains("Admin", "Moderator", "Trackboard");
    }

    @Test
    void aGuildBobMayNotOpenAnswersExactlyLikeOneThatDoesNotExist() {
        String token = ApiClient.accessToken(api.session("bob"));

        HttpResponse<String> forbidden = api.get("/api/v1/guilds/" + ACME, token);
        HttpResponse<String> missing = api.get("/api/v1/guilds/299999999999999999", token);

        assertThat(forbidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(forbidden.headers().firstValue("Content-Type")).isEqualTo(missing.headers().firstValue("Content-Type"));
        assertThat(withoutInstance(forbidden.body())).isEqualTo(withoutInstance(missing.body()));
        assertThat(forbidden.body().replace(ACME, "299999999999999999")).isEqualTo(missing.body());
    }

    @Test
    void channelsAndRolesOfAnotherUsersGuildAre404() {
        String bob = ApiClient.accessToken(api.session("bob"));
        String carol = ApiClient.accessToken(api.session("carol"));
        for (String path : new String[] {"/channels", "/roles", ""}) {
            assertThat(api.get("/api/v1/guilds/" + ORBIT + path, bob).statusCode()).isEqualTo(404);
            assertThat(api.get("/api/v1/guilds/" + ACME + path, carol).statusCode()).isEqualTo(404);
            assertThat(api.get("/api/v1/guilds/" + LUMEN + path, carol).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void ownerOfAGuildWithoutTheBotGets404() {
        String alice = ApiClient.accessToken(api.session("alice"));
        assertThat(api.get("/api/v1/guilds/" + QUIET, alice).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/guilds/" + LUMEN, alice).statusCode()).isEqualTo(404);
    }

    @Test
    void idsThatAreNoSnowflakeAre404() {
        String alice = ApiClient.accessToken(api.session("alice"));
        for (String id : new String[] {"abc", "1234", "2000000000000000010000", "20000000000000000a1", "-200000000000000001"}) {
            HttpResponse<String> response = api.get("/api/v1/guilds/" + id + "/channels", alice);
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    @Test
    void unknownApiPathsAreProblem404() {
        String alice = ApiClient.accessToken(api.session("alice"));
        HttpResponse<String> response = api.get("/api/v1/nothing-here", alice);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void losingManageServerEndsAccessAtOnceOnAWrite() {
        String member = "/embedded/discord/admin/guilds/" + ORBIT + "/members/100000000000000001";
        String original = discordPermissions("alice", ORBIT);
        String token = ApiClient.accessToken(api.session("alice"));
        String probe = "/api/v1/guilds/" + ORBIT + "/test-probe";
        assertThat(write(probe, token).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/guilds/" + ORBIT, token).statusCode()).isEqualTo(200); // Discord's answer is cached
        try {
            assertThat(api.http().putJson(member, "{\"permissions\":\"1024\"}").statusCode()).isEqualTo(204);

            HttpResponse<String> write = write(probe, token);

            assertThat(write.statusCode()).isEqualTo(404);
            // reads may use Discord data up to 60 s old; the write above refreshed it, so they see the change too
            assertThat(api.get("/api/v1/guilds/" + ORBIT, token).statusCode()).isEqualTo(404);
        } finally {
            api.http().putJson(member, "{\"permissions\":\"" + original + "\"}");
        }
        assertThat(write(probe, token).statusCode()).isEqualTo(200);
    }

    @Test
    void leavingTheGuildEndsAccessAtOnceOnAWrite() {
        String member = "/embedded/discord/admin/guilds/" + NIMBUS + "/members/100000000000000002";
        String original = discordPermissions("bob", NIMBUS);
        String token = ApiClient.accessToken(api.session("bob"));
        String probe = "/api/v1/guilds/" + NIMBUS + "/test-probe";
        assertThat(write(probe, token).statusCode()).isEqualTo(200);
        try {
            assertThat(api.http().delete(member).statusCode()).isEqualTo(204);
            assertThat(write(probe, token).statusCode()).isEqualTo(404);
        } finally {
            api.http().putJson(member, "{\"permissions\":\"" + original + "\"}");
        }
        assertThat(write(probe, token).statusCode()).isEqualTo(200);
    }

    @Test
    void aWriteToAGuildNotInTheTokenIs404() {
        String bob = ApiClient.accessToken(api.session("bob"));
        assertThat(write("/api/v1/guilds/" + ACME + "/test-probe", bob).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> write(String path, String token) {
        return api.http().postJson(path, "{}", "Authorization", "Bearer " + token);
    }

    private String discordPermissions(String username, String guildId) {
        String bearer = "Bearer " + api.signIn().discordAccessToken(username);
        for (JsonNode guild : DemoSignIn.json(api.http().get("/embedded/discord/api/users/@me/guilds",
                "Authorization", bearer).body())) {
            if (guild.get("id").asText().equals(guildId)) {
                return guild.get("permissions").asText();
            }
        }
        throw new AssertionError(username + " is not in " + guildId);
    }

    private Map<String, JsonNode> guilds(String username) {
        HttpResponse<String> response = api.get("/api/v1/guilds", ApiClient.accessToken(api.session(username)));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        DemoSignIn.json(response.body()).get("items").forEach(item -> byId.put(item.get("id").asText(), item));
        return byId;
    }

    private static void assertSummary(JsonNode guild, String name, String access, String denial, boolean botInstalled) {
        assertThat(guild.get("name").asText()).isEqualTo(name);
        assertThat(guild.get("access").asText()).as(name).isEqualTo(access);
        assertThat(guild.get("botInstalled").asBoolean()).as(name).isEqualTo(botInstalled);
        if (denial == null) {
            assertThat(guild.get("denial").isNull()).as(name).isTrue();
        } else {
            assertThat(guild.get("denial").asText()).as(name).isEqualTo(denial);
        }
        if (!"BOT_NOT_INSTALLED".equals(denial)) {
            assertThat(guild.get("inviteUrl").isNull()).as(name).isTrue();
        }
    }

    private static String withoutInstance(String body) {
        ObjectNode node = (ObjectNode) DemoSignIn.json(body);
        node.remove("instance");
        return node.toString();
    }
}
