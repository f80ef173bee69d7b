package dev.trackboard.embedded.tracking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every post of a query in the list's order, {@value #PAGE} at a time: each page seeks past the
 * (sort key, id) of the page before through the sort's index (decision 0010), so the millionth
 * post costs what the first does and at most one page is held. Keyset, not the pager's offsets:
 * posts that change while an export runs can neither be read twice nor shift others out.
 */
final class PostExportPages {

    static final int PAGE = 500;

    private record Seen(Object key, long id) { }

    private final JdbcClient jdbc;

    PostExportPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands each post to {@code sink} until it answers false or the posts run out. */
    void forEach(String guildId, PostQuery query, Predicate<PostController.Post> sink) {
        Seen last = null;
        while (true) {
            List<Seen> page = next(guildId, query, last);
            if (page.isEmpty()) {
                return;
            }
            for (PostController.Post post : rows(guildId, page)) {
                if (!sink.test(post)) {
                    return;
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            last = page.getLast();
        }
    }

    private List<Seen> next(String guildId, PostQuery query, Seen last) {
        if (last == null) {
            return seek(guildId, query, "", List.of(), PAGE);
        }
        String dir = query.descending() ? "<" : ">";
        String column = query.sort().column;
        // the rest of the last key's tie group, then the keys beyond it: two range scans H2 serves from the index
        List<Seen> page = new ArrayList<>(seek(guildId, query, " AND " + column + " = ? AND id " + dir + " ?",
                List.of(last.key(), last.id()), PAGE));
        if (page.size() < PAGE) {
            page.addAll(seek(guildId, query, " AND " + column + " " + dir + " ?", List.of(last.key()), PAGE - page.size()));
        }
        return page;
    }

    private List<Seen> seek(String guildId, PostQuery query, String condition, List<Object> extra, int limit) {
        List<Object> params = PostQuery.params();
        String where = query.where(guildId, params);
        params.addAll(extra);
        params.add(limit);
        return jdbc.sql("SELECT " + query.sort().column + ", id FROM trk_post WHERE " + where + condition
                        + query.orderBy() + " LIMIT ?")
                .params(params).query((rs, n) -> new Seen(rs.getObject(1), rs.getLong(2))).list();
    }

    /** The page's posts as the list shows them, in the page's order. */
    private List<PostController.Post> rows(String guildId, List<Seen> page) {
        List<Object> params = new ArrayList<>(page.stream().map(Seen::id).toList());
        params.add(guildId);
        String marks = String.join(",", Collections.nCopies(page.size(), "?"));
        Map<Long, PostController.Post> byId = new HashMap<>();
        jdbc.sql(PostController.SELECT + " WHERE p.id IN (" + marks + ") AND p.guild_id = ?").params(params)
                .query(PostController::post).list().forEach(post -> byId.put(post.id(), post));
        return page.stream().map(seen -> byId.get(seen.id())).filter(Objects::nonNull).toList();
    }
}
