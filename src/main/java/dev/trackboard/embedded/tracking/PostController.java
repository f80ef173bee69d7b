package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/guilds/{guildId}/posts}: the posts of tracked accounts, read-only, paged by {@link PostPager}. */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}/posts")
@TrackingApi
@ConditionalOnEmbeddedMode
class PostController {

    record Post(long id, long accountId, String accountHandle, String accountDisplayName, String platform,
                Long brandId, String brandName, Instant postedAt, String text, String url, long likes,
                long comments, long shares, long views) { }

    /** Also read by PostExportPages, so an exported post is the post the list shows. */
    static final String SELECT = """
            SELECT p.id, p.account_id, a.handle, a.display_name, p.platform, p.brand_id, b.name AS brand_name,
                   p.posted_at, p.text, p.url, p.likes, p.comments, p.shares, p.views
            FROM trk_post p JOIN trk_account a ON a.id = p.account_id LEFT JOIN trk_brand b ON b.id = p.brand_id
            """;

    private final PostPager pager;
    private final JdbcClient jdbc;

    PostController(PostPager pager, JdbcClient embeddedJdbcClient) {
        this.pager = pager;
        this.jdbc = embeddedJdbcClient;
    }

    @GetMapping
    Page<Post> list(AuthorizedGuild guild,
                    @RequestParam(required = false) String offset,
                    @RequestParam(required = false) String limit,
                    @RequestParam(required = false) String accountId,
                    @RequestParam(required = false) String brandId,
                    @RequestParam(required = false) String platform,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    @RequestParam(required = false) String q,
                    @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String direction) {
        PageRequest page = PageRequest.parse(offset, limit);
        PostQuery query = PostQuery.parse(accountId, brandId, platform, from, to, q, sort, direction);
        long total = pager.total(guild.id(), query);
        List<Long> ids = pager.ids(guild.id(), query, page.offset(), page.limit());
        return new Page<>(rows(guild.id(), ids), page.offset(), page.limit(), total, false);
    }

    @GetMapping("/{postId}")
    Post one(AuthorizedGuild guild, @PathVariable String postId) {
        return jdbc.sql(SELECT + " WHERE p.id = ? AND p.guild_id = ?").params(Ids.parse(postId), guild.id())
                .query(PostController::post).optional().orElseThrow(ApiProblem::notFound);
    }

    /** The rows of a page, in the page's order. */
    private List<Post> rows(String guildId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        List<Object> params = new java.util.ArrayList<>(ids);
        params.add(guildId);
        Map<Long, Post> byId = new HashMap<>();
        jdbc.sql(SELECT + " WHERE p.id IN (" + marks + ") AND p.guild_id = ?").params(params)
                .query(PostController::post).list().forEach(post -> byId.put(post.id(), post));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    static Post post(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Long brand = rs.getObject("brand_id", Long.class);
        return new Post(rs.getLong("id"), rs.getLong("account_id"), rs.getString("handle"), rs.getString("display_name"),
                rs.getString("platform"), brand, rs.getString("brand_name"),
                rs.getTimestamp("posted_at").toInstant(), rs.getString("text"), rs.getString("url"),
                rs.getLong("likes"), rs.getLong("comments"), rs.getLong("shares"), rs.getLong("views"));
    }
}
