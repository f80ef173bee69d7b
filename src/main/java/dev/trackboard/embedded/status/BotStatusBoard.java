package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bot's live status per guild (in memory, like a real backend's gateway supervisor) and the
 * one place that changes it: every change is recorded when the state moves and published to the
 * open status streams.
 */
@Component
@ConditionalOnEmbeddedMode
class BotStatusBoard {

    /** One bar segment of the history. */
    record Segment(BotState state, Instant from, Instant to) { }

    private final Map<String, LiveStatus> current = new ConcurrentHashMap<>();
    private final List<Consumer<LiveStatus>> listeners = new CopyOnWriteArrayList<>();
    private final JdbcClient jdbc;

    BotStatusBoard(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    Optional<LiveStatus> current(String guildId) {
        return Optional.ofNullable(current.get(guildId));
    }

    List<String> guildIds() {
        return List.copyOf(current.keySet());
    }

    void start(LiveStatus status) {
        current.put(status.guildId(), status);
    }

    /**
     * Applies a change to one guild's status and publishes the result; state moves are recorded.
     * Synchronized so that changes are published in the order they were made: a heartbeat computed
     * just before a forced OFFLINE must not reach the streams after it.
     */
    synchronized LiveStatus update(String guildId, UnaryOperator<LiveStatus> change, String reason) {
        LiveStatus[] result = new LiveStatus[2];
        current.computeIfPresent(guildId, (id, before) -> {
            result[0] = before;
            result[1] = change.apply(before);
            return result[1];
        });
        if (result[1] == null) {
            return null;
        }
        if (result[0].state() != result[1].state()) {
            record(guildId, result[1].state(), result[1].changedAt(), reason);
        }
        listeners.forEach(listener -> listener.accept(result[1]));
        return result[1];
    }

    void record(String guildId, BotState state, Instant at, String reason) {
        jdbc.sql("INSERT INTO bot_status_change (guild_id, state, changed_at, reason) VALUES (?, ?, ?, ?)")
                .params(guildId, state.name(), Timestamp.from(at), reason).update();
    }

    /** When the last recorded state began (the uptime of a bot that was online before a restart). */
    Optional<Instant> lastRecordedChange(String guildId) {
        return jdbc.sql("SELECT changed_at FROM bot_status_change WHERE guild_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1")
                .param(guildId).query(Instant.class).optional();
    }

    Optional<BotState> lastRecordedState(String guildId) {
        return jdbc.sql("SELECT state FROM bot_status_change WHERE guild_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1")
                .param(guildId).query(String.class).optional().map(BotState::valueOf);
    }

    /** The last {@code from → to} window as consecutive segments (the uptime bar). */
    List<Segment> history(String guildId, Instant from, Instant to) {
        record Change(String state, Instant changedAt) { }
        List<Change> changes = jdbc.sql("""
                SELECT state, changed_at FROM bot_status_change WHERE guild_id = ? AND changed_at > ? AND changed_at <= ?
                UNION ALL
                SELECT * FROM (SELECT state, changed_at FROM bot_status_change WHERE guild_id = ? AND changed_at <= ?
                               ORDER BY changed_at DESC, id DESC LIMIT 1)
                ORDER BY changed_at""")
                .params(guildId, Timestamp.from(from), Timestamp.from(to), guildId, Timestamp.from(from))
                .query(RecordRowMapper.of(Change.class)).list();
        List<Segment> segments = new java.util.ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            Instant start = change.changedAt().isBefore(from) ? from : change.changedAt();
            Instant end = i + 1 < changes.size() ? changes.get(i + 1).changedAt() : to;
            if (end.isAfter(start)) {
                segments.add(new Segment(BotState.valueOf(change.state()), start, end));
            }
        }
        return segments;
    }

    void addListener(Consumer<LiveStatus> listener) {
        listeners.add(listener);
    }
}
