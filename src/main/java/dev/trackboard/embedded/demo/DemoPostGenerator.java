package dev.trackboard.embedded.demo;

/**
 * The one statement that generates demo posts inside the database, a chunk at a time: no rows
 * travel through JDBC, which is what makes a million posts a matter of minutes rather than hours.
 * Parameters: id base, newest time, account id base, account count, spacing in seconds (at least a
 * minute), first and last post number. Post number n is about n spacings before the newest time: two
 * slow waves (a week, 2.3 days) make busier and quieter days (a day holds 0.7 to 1.6 times the mean),
 * and a jitter keeps the seconds irregular. The waves change the gap between two posts by at most 37 %
 * and the jitter is smaller than the rest, so post n + 1 is always older than post n. Metrics are
 * skewed, with many ties, as real ones are.
 */
final class DemoPostGenerator {

    static final String INSERT = """
            INSERT INTO trk_post (id, guild_id, account_id, brand_id, platform, posted_at, text, url,
                                  likes, comments, shares, views)
            SELECT g.id_base + g.X, a.guild_id, a.id, a.brand_id, a.platform,
                   DATEADD(SECOND, -(g.X * g.spacing
                           + CAST(ROUND(0.25 * 604800 / (2 * PI()) * SIN(2 * PI() * g.X * g.spacing / 604800)
                                  + 0.12 * 198720 / (2 * PI()) * SIN(2 * PI() * g.X * g.spacing / 198720)) AS BIGINT)
                           + MOD(g.X * 7919, g.spacing * 63 / 100 - 1)), g.newest),
                   ARRAY['Launch day for the', 'Behind the scenes with the', 'Giveaway: win the', 'Unboxing the',
                         'First look at the', 'Live now with the', 'Thread: why we built the', 'Sale on the',
                         'Review of the', 'Restocked: the'][MOD(g.X * 7, 10) + 1]
                   || ' ' || ARRAY['new', 'limited', 'classic', 'pro', 'mini', 'ultra', 'eco'][MOD(g.X * 13, 7) + 1]
                   || ' ' || ARRAY['headphones', 'bike', 'blend', 'controller', 'tent', 'novel', 'lens', 'teapot',
                         'phone', 'serum', 'lamp', 'sneakers', 'drone'][MOD(g.X * 17, 13) + 1]
                   || ' #' || ARRAY['ad', 'collab', 'drop', 'giveaway', 'review', 'behindthescenes'][MOD(g.X * 3, 6) + 1]
                   || ' (' || g.X || ')',
                   CASE a.platform
                       WHEN 'X' THEN 'https://x.com/' || a.handle || '/status/' || (g.id_base + g.X)
                       WHEN 'INSTAGRAM' THEN 'https://www.instagram.com/p/' || (g.id_base + g.X) || '/'
                       WHEN 'TIKTOK' THEN 'https://www.tiktok.com/@' || a.handle || '/video/' || (g.id_base + g.X)
                       WHEN 'YOUTUBE' THEN 'https://www.youtube.com/watch?v=' || (g.id_base + g.X)
                       WHEN 'TWITCH' THEN 'https://www.twitch.tv/' || a.handle
                       ELSE 'https://bsky.app/profile/' || a.handle || '/post/' || (g.id_base + g.X) END,
                   MOD(g.X * 48271, 1009) * MOD(g.X * 48271, 1009) / 37,
                   MOD(g.X * 16807, 211),
                   MOD(g.X * 69621, 97),
                   MOD(g.X * 48271, 1009) * MOD(g.X * 48271, 1009) / 3 + MOD(g.X * 40692, 5003)
            FROM (SELECT X, CAST(? AS BIGINT) AS id_base, CAST(? AS TIMESTAMP WITH TIME ZONE) AS newest,
                         CAST(? AS BIGINT) AS account_base, CAST(? AS INTEGER) AS accounts,
                         CAST(? AS BIGINT) AS spacing
                  FROM SYSTEM_RANGE(?, ?)) g
            JOIN trk_account a ON a.id = g.account_base + MOD(g.X * 7919, g.accounts)
            """;

    private DemoPostGenerator() {
    }
}
