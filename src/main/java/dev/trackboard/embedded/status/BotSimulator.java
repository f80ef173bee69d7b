package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plays the bot in embedded mode: one scheduled task for all guilds (never one per client) sends
 * heartbeats with drifting latency and now and then has an outage (offline or degraded for a minute
 * or two). Its usage figures are not invented here: {@link BotUsage} reads them from the posts. A
 * state forced through the test hook holds for ten minutes, so demos and tests are not disturbed by
 * a random outage.
 */
@Component
@ConditionalOnEmbeddedMode
class BotSimulator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BotSimulator.class);
    static final String VERSION = "3.8.2";
    private static final int SHARDS = 2;
    private static final int HEARTBEAT_EVERY_TICKS = 5;
    /** Per guild and second: about one outage every two hours. */
    private static final int OUTAGE_ONE_IN = 7_200;
    private static final Duration FORCED_HOLD = Duration.ofMinutes(10);

    private record Episode(Instant endsAt) { }

    private final BotStatusBoard board;
    private final BotUsage usage;
    private final JdbcClient jdbc;
    private final Random random = new Random();
    private final Map<String, Episode> episodes = new ConcurrentHashMap<>();
    private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("bot-simulator").factory());
    private long ticks;

    BotSimulator(BotStatusBoard board, BotUsage usage, JdbcClient embeddedJdbcClient) {
        this.board = board;
        this.usage = usage;
        this.jdbc = embeddedJdbcClient;
    }

    @EventListener(ApplicationStartedEvent.class)
    void start() {
        Instant now = Instant.now();
        for (String guildId : jdbc.sql("SELECT guild_id FROM bot_guild ORDER BY guild_id").query(String.class).list()) {
            usage.prepare(guildId, now);
            if (board.lastRecordedState(guildId).isEmpty()) {
                HistorySeed.write(board, guildId, now);
            }
            if (board.lastRecordedState(guildId).orElse(null) != BotState.ONLINE) {
                board.record(guildId, BotState.ONLINE, now, "Gateway connected");
            }
            // the demo bot "kept running" while the app was down: uptime counts from the last change
            Instant since = board.lastRecordedChange(guildId).orElse(now);
            int shard = (int) ((Long.parseLong(guildId) >> 22) % SHARDS);
            board.start(new LiveStatus(guildId, BotState.ONLINE, now, 45 + random.nextInt(40), VERSION, shard, SHARDS,
                    since, null, null, since, now));
        }
        executor.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** The test hook: the state changes at once and is held for a while. */
    boolean force(String guildId, BotState state) {
        Instant now = Instant.now();
        episodes.remove(guildId);
        heldUntil.put(guildId, now.plus(FORCED_HOLD));
        String error = state == BotState.OFFLINE ? "Gateway connection closed (forced through the test hook)"
                : state == BotState.DEGRADED ? "Heartbeat acknowledgements late (forced through the test hook)" : null;
        return board.update(guildId, status -> status.changed(state, now, latency(status, state), error),
                "forced " + state) != null;
    }

    private void tick() {
        try {
            ticks++;
            Instant now = Instant.now();
            for (String guildId : board.guildIds()) {
                tick(guildId, now);
            }
        } catch (RuntimeException e) {
            log.warn("Bot simulator tick failed: {}", e.toString());
        }
    }

    private void tick(String guildId, Instant now) {
        BotState state = board.current(guildId).map(LiveStatus::state).orElse(BotState.OFFLINE);
        boolean held = heldUntil.getOrDefault(guildId, Instant.MIN).isAfter(now);
        Episode episode = episodes.get(guildId);
        if (!held && episode != null && !now.isBefore(episode.endsAt())) {
            episodes.remove(guildId);
            board.update(guildId, status -> status.changed(BotState.ONLINE, now, latency(status, BotState.ONLINE), null),
                    "Gateway resumed");
        } else if (!held && episode == null && random.nextInt(OUTAGE_ONE_IN) == 0) {
            boolean offline = random.nextBoolean();
            episodes.put(guildId, new Episode(now.plusSeconds(30 + random.nextInt(90))));
            BotState outage = offline ? BotState.OFFLINE : BotState.DEGRADED;
            String error = offline ? "Gateway connection lost (close code 1006)" : "Heartbeat acknowledgements late";
            board.update(guildId, status -> status.changed(outage, now, latency(status, outage), error), error);
        } else if (state != BotState.OFFLINE && ticks % HEARTBEAT_EVERY_TICKS == 0) {
            board.update(guildId, status -> status.heartbeat(now, latency(status, state)), null);
        }
    }

    private int latency(LiveStatus status, BotState state) {
        if (state == BotState.DEGRADED) {
            return 600 + random.nextInt(900);
        }
        int last = status.latencyMs() == null || status.latencyMs() > 250 ? 60 : status.latencyMs();
        return Math.clamp(last + random.nextInt(21) - 10, 28, 180);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
