package dev.trackboard.embedded.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * Keyset paging behind offset/limit: walking every page under every sort gives each post exactly
 * once, in order, and pages at arbitrary (deep, anchor-crossing) offsets agree with the walk.
 */
@EmbeddedAppTest
class PostPagingApiTest {

    static final String ACME = "200000000000000001";
    static final String NIMBUS = "200000000000000002";

    @Value("${local.server.port}")
    int port;

    ApiClient api;
    String alice;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        alice = ApiClient.accessToken(api.session("alice"));
    }

    @ParameterizedTest
    @CsvSource({"postedAt,desc,postedAt", "postedAt,asc,postedAt", "likes,desc,likes", "likes,asc,likes",
            "comments,desc,comments", "shares,asc,shares", "views,desc,views"})
    void walkingAllPagesGivesEveryPostOnceInOrder(String sort, String direction, String field) {
        String base = "/api/v1/guilds/" + NIMBUS + "/posts?sort=" + sort + "&direction=" + direction;
        JsonNode first = page(base + "&offset=0&limit=0");
        long total = first.get("total").asLong();
        assertThat(first.get("totalIsEstimate").asBoolean()).isFalse();
        assertThat(total).isGreaterThan(1000);

        List<JsonNode> walked = new ArrayList<>();
        for (long offset = 0; offset < total; offset += 500) {
            page(base + "&offset=" + offset + "&limit=500").get("items").forEach(walked::add);
        }

        assertThat(walked).hasSize((int) total);
        Set<Long> ids = new HashSet<>();
        walked.forEach(post -> ids.add(post.get("id").asLong()));
        assertThat(ids).hasSize((int) total);
        for (int i = 1; i < walked.size(); i++) {
            int order = compare(walked.get(i - 1), walked.get(i), field);
            assertThat(direction.equals("desc") ? order : -order).as("rows %d and %d", i - 1, i).isPositive();
        }
        // odd sizes at offsets that cross anchors, deep and shallow, agree with the walk
        for (long offset : new long[] {0, 1, 255, 256, 257, 511, 1000, total / 2 + 7, total - 300, total - 1}) {
            JsonNode items = page(base + "&offset=" + offset + "&limit=37").get("items");
            assertThat(items.size()).isEqualTo((int) Math.min(37, total - offset));
            for (int i = 0; i < items.size(); i++) {
                assertThat(items.get(i).get("id").asLong()).as("offset %d + %d", offset, i)
                        .isEqualTo(walked.get((int) offset + i).get("id").asLong());
            }
        }
        assertThat(page(base + "&offset=" + total + "&limit=50").get("items").size()).isZero();
    }

    private static int compare(JsonNode a, JsonNode b, String field) {
        int byKey = field.equals("postedAt")
                ? a.get(field).asText().compareTo(b.get(field).asText()) // ISO instants of one format sort as text
                : Long.compare(a.get(field).asLong(), b.get(field).asLong());
        return byKey != 0 ? byKey : Long.compare(a.get("id").asLong(), b.get("id").asLong());
    }

    @Test
    void theLargeGuildPagesDeepAsWellAsShallow() {
        String base = "/api/v1/guilds/" + ACME + "/posts?sort=likes";
        long total = page(base + "&limit=0").get("total").asLong();
        assertThat(total).isGreaterThan(PostPager.STRIDE * 10L);
        JsonNode deep = page(base + "&offset=" + (total - 10) + "&limit=20");
        assertThat(deep.get("items").size()).isEqualTo(10);
        assertThat(deep.get("offset").asLong()).isEqualTo(total - 10);
    }

    private JsonNode page(String path) {
        HttpResponse<String> response = api.get(path, alice);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DemoSignIn.json(response.body());
    }
}
