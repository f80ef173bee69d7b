package dev.trackboard.embedded.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@EmbeddedAppTest
class DiscordEmulatorTest {

    private static final String AUTHORIZE = "/embedded/discord/oauth2/authorize";
    private static final String TOKEN = "/embedded/discord/api/oauth2/token";

    @Value("${local.server.port}")
    int port;

    TestHttp http;
    DemoSignIn signIn;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        signIn = new DemoSignIn(http, port);
    }

    @Test
    void authorizePageOffersTheThreeDemoUsersAndCancel() {
        HttpResponse<String> page = http.get(AUTHORIZE + "?" + TestHttp.form(signIn.authorizeParams("s<1>")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body())
                .contains("id=\"login-as-alice\"", "id=\"login-as-bob\"", "id=\"login-as-carol\"", "id=\"deny\"")
                .contains("Trackboard (embedded demo) wants to access your Discord account")
                .contains("Know what servers you&#39;re in", "Embedded demo")
                .contains("value=\"s&lt;1&gt;\"")
                .doesNotContain("s<1>");
    }

    @Test
    void fullFlowGivesTheUserAndTheirGuildsWithFixturePermissions() {
        HttpResponse<String> token = signIn.redeem(signIn.approve("alice"), DemoSignIn.VERIFIER, DemoSignIn.CLIENT_SECRET);
        assertThat(token.statusCode()).isEqualTo(200);
        JsonNode tokens = DemoSignIn.json(token.body());
        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(604800);
        assertThat(tokens.get("scope").asText()).isEqualTo("identify guilds");
        assertThat(tokens.get("refresh_token").asText()).isNotBlank();
        String bearer = "Bearer " + tokens.get("access_token").asText();

        JsonNode me = DemoSignIn.json(http.get("/embedded/discord/api/users/@me", "Authorization", bearer).body());
        assertThat(me.get("id").asText()).isEqualTo("100000000000000001");
        assertThat(me.get("username").asText()).isEqualTo("alice");
        assertThat(me.get("global_name").asText()).isEqualTo("Alice Lindqvist");
        assertThat(me.get("avatar").isNull()).isTrue();
        assertThat(me.get("discriminator").asText()).isEqualTo("0");

        JsonNode guilds = DemoSignIn.json(http.get("/embedded/discord/api/users/@me/guilds?with_counts=true",
                "Authorization", bearer).body());
        Map<String, JsonNode> byName = new HashMap<>();
        guilds.forEach(guild -> byName.put(guild.get("name").asText(), guild));
        assertThat(byName).containsOnlyKeys("Acme Creators", "Nimbus Studio", "Orbit Esports", "Lumen Guild", "Quiet Corner");
        assertThat(byName.get("Acme Creators").get("owner").asBoolean()).isTrue();
        assertThat(byName.get("Quiet Corner").get("owner").asBoolean()).isTrue();
        assertThat(byName.get("Nimbus Studio").get("owner").asBoolean()).isFalse();
        assertThat(bits(byName.get("Nimbus Studio")) & 0x8).isEqualTo(0x8);
        assertThat(bits(byName.get("Orbit Esports")) & 0x28).isEqualTo(0x20);
        assertThat(bits(byName.get("Lumen Guild")) & 0x28).isZero();
        assertThat(byName.get("Acme Creators").get("permissions").isTextual()).isTrue();
        assertThat(byName.get("Acme Creators").get("approximate_member_count").asInt()).isGreaterThan(100);

        JsonNode withoutCounts = DemoSignIn.json(http.get("/embedded/discord/api/users/@me/guilds",
                "Authorization", bearer).body());
        assertThat(withoutCounts.get(0).has("approximate_member_count")).isFalse();
    }

    @Test
    void carolHasAPermissionValueBeyondTwoToThe53() {
        String bearer = "Bearer " + signIn.discordAccessToken("carol");
        JsonNode guilds = DemoSignIn.json(http.get("/embedded/discord/api/users/@me/guilds", "Authorization", bearer).body());
        assertThat(guilds).anySatisfy(guild -> assertThat(new BigInteger(guild.get("permissions").asText()))
                .isGreaterThan(BigInteger.TWO.pow(53)));
    }

    @Test
    void aCodeWorksOnceAndItsReplayRevokesTheTokensIssuedFromIt() {
        String code = signIn.approve("bob");
        HttpResponse<String> first = signIn.redeem(code, DemoSignIn.VERIFIER, DemoSignIn.CLIENT_SECRET);
        assertThat(first.statusCode()).isEqualTo(200);
        String bearer = "Bearer " + DemoSignIn.json(first.body()).get("access_token").asText();
        assertThat(http.get("/embedded/discord/api/users/@me", "Authorization", bearer).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = signIn.redeem(code, DemoSignIn.VERIFIER, DemoSignIn.CLIENT_SECRET);

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(DemoSignIn.json(replay.body()).get("error").asText()).isEqualTo("invalid_grant");
        HttpResponse<String> me = http.get("/embedded/discord/api/users/@me", "Authorization", bearer);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(DemoSignIn.json(me.body()).get("message").asText()).isEqualTo("401: Unauthorized");
        assertThat(DemoSignIn.json(me.body()).get("code").asInt()).isZero();
    }

    @Test
    void wrongClientSecretIsInvalidClient() {
        HttpResponse<String> response = signIn.redeem(signIn.approve("alice"), DemoSignIn.VERIFIER, "wrong");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(DemoSignIn.json(response.body()).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void formFieldClientAuthenticationWorksToo() {
        HttpResponse<String> response = http.postForm(TOKEN, TestHttp.map("grant_type", "authorization_code",
                "code", signIn.approve("carol"), "redirect_uri", signIn.redirectUri(), "code_verifier", DemoSignIn.VERIFIER,
                "client_id", DemoSignIn.CLIENT_ID, "client_secret", DemoSignIn.CLIENT_SECRET));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void wrongRedirectUriOrPkceVerifierIsInvalidGrant() {
        HttpResponse<String> wrongRedirect = http.postForm(TOKEN, TestHttp.map("grant_type", "authorization_code",
                        "code", signIn.approve("alice"), "redirect_uri", "http://localhost:1/login/oauth2/code/discord",
                        "code_verifier", DemoSignIn.VERIFIER),
                "Authorization", TestHttp.basic(DemoSignIn.CLIENT_ID, DemoSignIn.CLIENT_SECRET));
        HttpResponse<String> wrongVerifier = signIn.redeem(signIn.approve("alice"),
                "another-verifier-that-is-also-long-enough-0123456789", DemoSignIn.CLIENT_SECRET);

        assertThat(wrongRedirect.statusCode()).isEqualTo(400);
        assertThat(DemoSignIn.json(wrongRedirect.body()).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(DemoSignIn.json(wrongVerifier.body()).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void refreshRotatesAndRevokeEndsTheGrant() {
        JsonNode tokens = DemoSignIn.json(signIn.redeem(signIn.approve("alice"), DemoSignIn.VERIFIER,
                DemoSignIn.CLIENT_SECRET).body());
        String basic = TestHttp.basic(DemoSignIn.CLIENT_ID, DemoSignIn.CLIENT_SECRET);
        HttpResponse<String> refreshed = http.postForm(TOKEN, TestHttp.map("grant_type", "refresh_token",
                "refresh_token", tokens.get("refresh_token").asText()), "Authorization", basic);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        HttpResponse<String> again = http.postForm(TOKEN, TestHttp.map("grant_type", "refresh_token",
                "refresh_token", tokens.get("refresh_token").asText()), "Authorization", basic);
        assertThat(again.statusCode()).isEqualTo(400);

        String access = DemoSignIn.json(refreshed.body()).get("access_token").asText();
        HttpResponse<String> revoke = http.postForm(TOKEN + "/revoke", TestHttp.map("token", access), "Authorization", basic);

        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(http.get("/embedded/discord/api/users/@me", "Authorization", "Bearer " + access).statusCode())
                .isEqualTo(401);
    }

    @Test
    void promptNoneSkipsThePageOnlyForABrowserSignedInAsAUserWhoAuthorizedBefore() {
        // a scope no other test asks for, so this test's grant is the only one that counts
        Map<String, String> params = signIn.authorizeParams("again");
        params.put("scope", "identify guilds email");
        Map<String, String> form = new HashMap<>(params);
        form.put("login_as", "bob");
        HttpResponse<String> approved = http.postForm(AUTHORIZE, form);
        assertThat(approved.statusCode()).isEqualTo(302);
        String cookie = approved.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(EmulatorSignIn.COOKIE + "=100000000000000002")
                .contains("Path=/embedded/discord", "HttpOnly", "SameSite=Lax");
        String browser = cookie.substring(0, cookie.indexOf(';'));
        params.put("prompt", "none");
        String unattended = AUTHORIZE + "?" + TestHttp.form(params);

        // signed in, but the code was never redeemed: nothing is authorized yet, so Discord asks
        assertThat(http.get(unattended, "Cookie", browser).statusCode()).isEqualTo(200);

        String code = DemoSignIn.query(approved.headers().firstValue("Location").orElseThrow()).get("code");
        JsonNode tokens = DemoSignIn.json(signIn.redeem(code, DemoSignIn.VERIFIER, DemoSignIn.CLIENT_SECRET).body());
        HttpResponse<String> straightBack = http.get(unattended, "Cookie", browser);
        assertThat(straightBack.statusCode()).isEqualTo(302);
        Map<String, String> query = DemoSignIn.query(straightBack.headers().firstValue("Location").orElseThrow());
        assertThat(query).containsEntry("state", "again").containsKey("code");
        JsonNode second = DemoSignIn.json(signIn.redeem(query.get("code"), DemoSignIn.VERIFIER,
                DemoSignIn.CLIENT_SECRET).body());

        assertThat(http.get(unattended).statusCode()).as("another browser").isEqualTo(200);
        params.put("prompt", "consent");
        assertThat(http.get(AUTHORIZE + "?" + TestHttp.form(params), "Cookie", browser).statusCode())
                .as("use another account").isEqualTo(200);
        params.put("prompt", "none");
        assertThat(http.get(AUTHORIZE + "?" + TestHttp.form(params), "Cookie", EmulatorSignIn.COOKIE + "=1' or 1=1")
                .statusCode()).as("a forged cookie").isEqualTo(200);

        String basic = TestHttp.basic(DemoSignIn.CLIENT_ID, DemoSignIn.CLIENT_SECRET);
        for (JsonNode grant : List.of(tokens, second)) {
            http.postForm(TOKEN + "/revoke", TestHttp.map("token", grant.get("access_token").asText()),
                    "Authorization", basic);
        }
        assertThat(http.get(unattended, "Cookie", browser).statusCode()).as("authorization withdrawn").isEqualTo(200);
    }

    @Test
    void denyRedirectsWithAccessDeniedAndTheState() {
        Map<String, String> form = signIn.authorizeParams("xyz");
        form.put("deny", "true");
        HttpResponse<String> response = http.postForm(AUTHORIZE, form);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(DemoSignIn.query(response.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "access_denied").containsEntry("state", "xyz").doesNotContainKey("code");
    }

    @Test
    void unregisteredRedirectUriShowsAnErrorPageAndNeverRedirects() {
        Map<String, String> params = signIn.authorizeParams("s");
        params.put("redirect_uri", "https://evil.example/login/oauth2/code/discord");
        HttpResponse<String> get = http.get(AUTHORIZE + "?" + TestHttp.form(params));
        params.put("login_as", "alice");
        HttpResponse<String> post = http.postForm(AUTHORIZE, params);

        for (HttpResponse<String> response : List.of(get, post)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Location")).isEmpty();
            assertThat(response.body()).contains("Invalid redirect URI").doesNotContain("login-as-alice");
        }
    }

    @Test
    void unknownClientShowsAnErrorPage() {
        Map<String, String> params = signIn.authorizeParams("s");
        params.put("client_id", "399999999999999999");
        HttpResponse<String> get = http.get(AUTHORIZE + "?" + TestHttp.form(params));
        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(get.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theBotInviteLinkExplainsThatAddingTheBotIsNotEmulated() {
        HttpResponse<String> page = http.get(AUTHORIZE + "?client_id=300000000000000002&scope=bot%20applications.commands"
                + "&guild_id=200000000000000005&disable_guild_select=true");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Adding the bot is not emulated").doesNotContain("login-as-alice");
    }

    @Test
    void adminEndpointChangesAMembership() {
        String path = "/embedded/discord/admin/guilds/200000000000000004/members/100000000000000002";
        String bearer = "Bearer " + signIn.discordAccessToken("bob");
        try {
            assertThat(http.putJson(path, "{\"permissions\":\"32\"}").statusCode()).isEqualTo(204);
            assertThat(http.get("/embedded/discord/api/users/@me/guilds", "Authorization", bearer).body())
                    .contains("Lumen Guild");
        } finally {
            assertThat(http.delete(path).statusCode()).isEqualTo(204);
        }
        assertThat(http.get("/embedded/discord/api/users/@me/guilds", "Authorization", bearer).body())
                .doesNotContain("Lumen Guild");
    }

    private static long bits(JsonNode guild) {
        return new BigInteger(guild.get("permissions").asText()).longValue();
    }
}
