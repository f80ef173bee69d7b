package dev.trackboard.embedded.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.Demo;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a hostile name or post text becomes in an export file, read back with the CSV library: formula
 * cells neutralised, everything else exactly as stored; UTF-8 with and without a byte order mark;
 * NDJSON unchanged. Uses one brand of its own in Orbit Esports and removes it afterwards.
 */
@EmbeddedAppTest
class ExportFileSafetyTest {

    static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"click\")";
    static final List<String> KEYWORDS = List.of("+SUM(1,2)", "-2+3", "@cmd", "plain");
    static final String[] POST_TEXTS = {"=cmd|' /C calc'!A0", "+1+1", "-1+1", "@SUM(A1)", "\tTabbed", "\rReturn",
            "Café ☕ 東京 \"quoted\", with comma\nand a line"};

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient embeddedJdbcClient;

    ApiClient api;
    ExportCalls exports;
    String alice;
    String brandId;
    String accountId;

    @BeforeEach
    void createHostileData() {
        api = new ApiClient(port);
        exports = new ExportCalls(api, port);
        alice = ApiClient.accessToken(api.session("alice"));
        String brands = "/api/v1/guilds/" + Demo.ORBIT + "/brands";
        HttpResponse<String> brand = api.http().postJson(brands, "{\"name\":" + json(FORMULA) + ",\"keywords\":"
                + KEYWORDS.stream().map(ExportFileSafetyTest::json).toList() + ",\"color\":\"#112233\"}",
                "Authorization", "Bearer " + alice);
        assertThat(brand.statusCode()).as(brand.body()).isEqualTo(201);
        brandId = DemoSignIn.json(brand.body()).get("id").asText();
        HttpResponse<String> account = api.http().postJson("/api/v1/guilds/" + Demo.ORBIT + "/accounts",
                "{\"platform\":\"YOUTUBE\",\"handle\":\"-calc\",\"displayName\":\"@Café Ünïcode\",\"brandId\":\""
                        + brandId + "\"}", "Authorization", "Bearer " + alice);
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        accountId = DemoSignIn.json(account.body()).get("id").asText();
        for (int i = 0; i < POST_TEXTS.length; i++) {
            embeddedJdbcClient.sql("""
                    INSERT INTO trk_post (id, guild_id, account_id, brand_id, platform, posted_at, text, url,
                                          likes, comments, shares, views)
                    VALUES (?, ?, ?, ?, 'YOUTUBE', ?, ?, 'https://www.youtube.com/watch?v=x', 1, 2, 3, 4)""")
                    .params(990_000_000_000L + Long.parseLong(accountId) * 10 + i, Demo.ORBIT, Long.parseLong(accountId),
                            Long.parseLong(brandId), Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)),
                            POST_TEXTS[i]).update();
        }
    }

    @AfterEach
    void removeIt() {
        // deleting the account deletes its posts
        api.http().delete("/api/v1/guilds/" + Demo.ORBIT + "/accounts/" + accountId, "Authorization", "Bearer " + alice);
        api.http().delete("/api/v1/guilds/" + Demo.ORBIT + "/brands/" + brandId, "Authorization", "Bearer " + alice);
    }

    @Test
    void formulaCellsOfPostsAreNeutralisedAndTheRestIsAsStored() {
        List<List<String>> file = ExportCalls.csv(exports.export(Demo.ORBIT, alice,
                "{\"type\":\"POSTS\",\"format\":\"CSV\",\"filters\":{\"brandId\":\"" + brandId + "\",\"direction\":\"asc\"}}"));

        List<String> header = file.getFirst();
        List<List<String>> rows = file.subList(1, file.size());
        assertThat(rows).hasSize(POST_TEXTS.length);
        List<String> texts = rows.stream().map(row -> row.get(header.indexOf("text"))).toList();
        assertThat(texts).containsExactly("'=cmd|' /C calc'!A0", "'+1+1", "'-1+1", "'@SUM(A1)", "'\tTabbed", "'\rReturn",
                POST_TEXTS[6]);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get(header.indexOf("accountHandle"))).isEqualTo("'-calc");
            assertThat(row.get(header.indexOf("accountDisplayName"))).isEqualTo("'@Café Ünïcode");
            assertThat(row.get(header.indexOf("brandName"))).isEqualTo("'" + FORMULA);
            assertThat(row.get(header.indexOf("likes"))).isEqualTo("1");
        });
        assertThat(rows.getFirst().get(header.indexOf("postedAt"))).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void formulaCellsOfAccountsAndBrandsAreNeutralisedToo() throws Exception {
        List<List<String>> accounts = ExportCalls.csv(exports.export(Demo.ORBIT, alice,
                "{\"type\":\"ACCOUNTS\",\"format\":\"CSV\",\"filters\":{\"brandId\":\"" + brandId + "\"}}"));
        List<List<String>> brands = ExportCalls.csv(exports.export(Demo.ORBIT, alice, "{\"type\":\"BRANDS\",\"format\":\"CSV\"}"));

        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(1)).contains("'-calc", "'@Café Ünïcode", "'" + FORMULA, "YOUTUBE", "ACTIVE");
        List<String> ours = brands.stream().filter(row -> row.getFirst().equals(brandId)).findFirst().orElseThrow();
        assertThat(ours.get(brands.getFirst().indexOf("name"))).isEqualTo("'" + FORMULA);
        // a list is JSON text in its cell: it starts with "[", and the keywords are exactly as stored
        String keywords = ours.get(brands.getFirst().indexOf("keywords"));
        assertThat(keywords).startsWith("[");
        List<String> parsed = new com.fasterxml.jackson.databind.ObjectMapper().readerForListOf(String.class)
                .readValue(keywords);
        assertThat(parsed).isEqualTo(KEYWORDS);
    }

    @Test
    void utf8WithAByteOrderMarkOnRequestAndWithoutOneOtherwise() {
        String body = "{\"type\":\"ACCOUNTS\",\"format\":\"CSV\",\"bom\":%s,\"filters\":{\"brandId\":\"" + brandId + "\"}}";
        byte[] withBom = exports.export(Demo.ORBIT, alice, body.formatted("true"));
        byte[] without = exports.export(Demo.ORBIT, alice, body.formatted("false"));

        assertThat(Arrays.copyOf(withBom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(withBom, 3, withBom.length)).isEqualTo(without);
        assertThat(new String(without, StandardCharsets.UTF_8)).startsWith("id,platform,handle,").contains("\r\n")
                .contains("Café Ünïcode");
        assertThat(ExportCalls.csv(Arrays.copyOfRange(withBom, 3, withBom.length))).isEqualTo(ExportCalls.csv(without));
    }

    @Test
    void ndjsonKeepsTheTextExactlyAsStored() {
        List<JsonNode> lines = ExportCalls.ndjson(exports.export(Demo.ORBIT, alice,
                "{\"type\":\"POSTS\",\"format\":\"NDJSON\",\"filters\":{\"brandId\":\"" + brandId + "\",\"direction\":\"asc\"}}"));

        assertThat(lines.stream().map(line -> line.get("text").asText()).toList()).containsExactly(POST_TEXTS);
        assertThat(lines.getFirst().get("brandName").asText()).isEqualTo(FORMULA);
        assertThat(lines.getFirst().get("likes").isNumber()).isTrue();
        assertThat(lines.getFirst().get("postedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }

    private static String json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
