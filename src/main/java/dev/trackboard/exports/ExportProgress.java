package dev.trackboard.exports;

import dev.trackboard.access.GuildAccessWatch;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.exports.ExportClient;
import dev.trackboard.api.exports.ExportJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Progress of running exports for every open exports screen of this node, at the cost of one read
 * of a guild's job list per tick while that guild has a queued or running job and a screen open on
 * it — however many screens, users and tabs there are: no poll per UI (issue 11). The list is read
 * with one watcher's session and handed to every watcher of the guild whose right to open it the
 * node's {@link GuildAccessWatch} confirmed within its interval, as the live bot status is
 * (docs/decisions/0020, 0121). A guild without unfinished jobs costs nothing until a screen says
 * it saw or started one ({@link #expect}).
 */
@Component
public class ExportProgress implements DisposableBean {

    /** A screen's hold on its guild's progress; cancel it when the screen goes away. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    static final Duration EVERY = Duration.ofSeconds(2);

    private final ExportClient api;
    private final GuildAccessWatch access;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("export-progress").factory());
    private final ExecutorService reads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<GuildId, Watched> guilds = new ConcurrentHashMap<>();
    private final AtomicLong readsDone = new AtomicLong();

    @Autowired
    ExportProgress(ExportClient api, GuildAccessWatch access) {
        this(api, access, EVERY);
    }

    ExportProgress(ExportClient api, GuildAccessWatch access, Duration every) {
        this.api = api;
        this.access = access;
        timer.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Hands the guild's job list to {@code consumer} (on another thread) whenever it is read while a
     * job runs. The caller has just been allowed to open the guild.
     */
    public Subscription watch(GuildId guildId, ApiSession session, Consumer<List<ExportJob>> consumer) {
        access.confirmed(session, guildId);
        Watcher watcher = new Watcher(session, consumer);
        Watched guild;
        synchronized (this) {
            guild = guilds.computeIfAbsent(guildId, id -> new Watched());
            guild.watchers.add(watcher);
        }
        return () -> {
            synchronized (this) {
                guild.watchers.remove(watcher);
                if (guild.watchers.isEmpty()) {
                    guilds.remove(guildId, guild);
                }
            }
        };
    }

    /** A screen saw an unfinished job of the guild, or started one: read its list until none is. */
    public void expect(GuildId guildId) {
        Watched guild = guilds.get(guildId);
        if (guild != null) {
            guild.running = true;
        }
    }

    /** Reads of job lists since start, over all guilds (tests count them). */
    public long reads() {
        return readsDone.get();
    }

    void tick() {
        guilds.forEach((guildId, guild) -> {
            if (guild.running && guild.reading.compareAndSet(false, true)) {
                reads.execute(() -> read(guildId, guild));
            }
        });
    }

    private void read(GuildId guildId, Watched guild) {
        try {
            Watcher reader = guild.watchers.stream().filter(Watcher::mayRead).findFirst().orElse(null);
            if (reader == null) {
                return;
            }
            List<ExportJob> jobs;
            try {
                jobs = api.jobs(reader.session, guildId);
            } catch (TrackingApiException.NotFound | TrackingApiException.SessionEnded refused) {
                reader.refused = true; // another watcher reads next time; the access watch tells this one's screen
                return;
            } catch (TrackingApiException notNow) {
                return; // the API is not answering: the next tick asks again
            } finally {
                readsDone.incrementAndGet();
            }
            guild.running = jobs.stream().anyMatch(job -> job.status().unfinished());
            for (Watcher watcher : guild.watchers) {
                if (watcher.mayRead() && access.allowedNow(watcher.session, guildId, () -> { }, () -> { })) {
                    watcher.consumer.accept(jobs);
                }
            }
        } finally {
            guild.reading.set(false);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        reads.shutdownNow();
    }

    private static final class Watched {
        final List<Watcher> watchers = new CopyOnWriteArrayList<>();
        final AtomicBoolean reading = new AtomicBoolean();
        volatile boolean running;
    }

    private static final class Watcher {
        final ApiSession session;
        final Consumer<List<ExportJob>> consumer;
        volatile boolean refused;

        Watcher(ApiSession session, Consumer<List<ExportJob>> consumer) {
            this.session = session;
            this.consumer = consumer;
        }

        boolean mayRead() {
            return !refused && !session.ended();
        }
    }
}
