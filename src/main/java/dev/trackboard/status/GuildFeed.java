package dev.trackboard.status;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.status.BotStatus;
import dev.trackboard.api.status.StatusStream;
import dev.trackboard.api.status.StatusStreamListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one upstream status stream of a guild on this node and its subscribers. The stream is opened
 * with one subscriber's session (the "authoriser"); when that subscriber leaves or loses access, the
 * stream is reopened with another's. A broken stream marks the last status stale and is reopened
 * with back-off until it delivers again. Callbacks of an older stream (generation) are ignored.
 *
 * <p>Subscribers are never called while the feed's lock is held: a subscriber hops onto its UI,
 * and a UI that is detaching at the same moment comes back here (and to the broadcaster) to
 * unsubscribe — holding both locks across that call deadlocked the node under load.
 */
final class GuildFeed {

    private final GuildId guildId;
    private final BotStatusBroadcaster.FeedContext context;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private StatusStream stream;
    private Subscriber authoriser;
    private int generation;
    private int failures;
    private ScheduledFuture<?> reconnect;
    private boolean shutDown;
    private volatile StatusUpdate latest;

    GuildFeed(GuildId guildId, BotStatusBroadcaster.FeedContext context) {
        this.guildId = guildId;
        this.context = context;
    }

    /** Adds the subscriber; returns the latest update for the caller to deliver once it holds no lock. */
    synchronized StatusUpdate add(Subscriber subscriber) {
        subscriber.readLatestFrom(() -> latest);
        subscribers.add(subscriber);
        boolean authorised = authoriser != null && subscribers.contains(authoriser) && authoriser.mayAuthorise();
        if (reconnect == null && (stream == null || !authorised)) {
            closeStream(); // a stream kept open in the close grace under a departed user's token
            connect();
        }
        return latest;
    }

    /** The broadcaster closes the feed once it stays empty (see BotStatusBroadcaster.CLOSE_GRACE). */
    synchronized void remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
        if (subscriber != authoriser || subscribers.isEmpty()) {
            return;
        }
        // Another component of the same session (the header badge outlives a view's panel, say)
        // keeps the stream as it is: the token behind it has not changed.
        Subscriber sameSession = subscribers.stream()
                .filter(other -> other.session() == subscriber.session() && other.mayAuthorise())
                .findFirst().orElse(null);
        if (sameSession != null) {
            authoriser = sameSession;
        } else {
            closeStream();
            connect(); // re-authorise with a subscriber who is still here
        }
    }

    GuildId guildId() {
        return guildId;
    }

    int size() {
        return subscribers.size();
    }

    synchronized void shutdown() {
        shutDown = true;
        closeStream();
        if (reconnect != null) {
            reconnect.cancel(false);
            reconnect = null;
        }
    }

    private void connect() {
        reconnect = null;
        if (shutDown) {
            return;
        }
        Subscriber next = subscribers.stream().filter(Subscriber::mayAuthorise).findFirst().orElse(null);
        authoriser = next;
        if (next == null) {
            return; // nobody left who may open the guild: nothing to stream
        }
        int current = ++generation;
        context.opens().incrementAndGet();
        try {
            stream = context.source().open(guildId, next.session(), new Listener(current));
        } catch (TrackingApiException failure) {
            failed(current, failure);
        }
    }

    private void closeStream() {
        generation++;
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void received(int from, BotStatus status) {
        StatusUpdate update;
        synchronized (this) {
            if (from != generation || !guildId.equals(status.guildId())) {
                return;
            }
            failures = 0;
            update = publish(new StatusUpdate(guildId, status, StatusUpdate.Freshness.LIVE));
        }
        deliver(update);
    }

    private void failed(int from, TrackingApiException failure) {
        Subscriber refused = null;
        StatusUpdate update = null;
        synchronized (this) {
            if (from != generation || shutDown) {
                return;
            }
            closeStream();
            boolean authoriserRefused = failure instanceof TrackingApiException.NotFound
                    || failure instanceof TrackingApiException.SessionEnded;
            if (authoriserRefused && authoriser != null) {
                refused = authoriser;
                refused.refuse();
            }
            if (refused != null && subscribers.stream().anyMatch(Subscriber::mayAuthorise)) {
                connect();
            } else {
                BotStatus last = latest == null ? null : latest.status();
                update = publish(new StatusUpdate(guildId, last,
                        last == null ? StatusUpdate.Freshness.UNAVAILABLE : StatusUpdate.Freshness.STALE));
                long delay = context.backoff().after(failures++).toMillis();
                reconnect = context.scheduler().schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
            }
        }
        if (refused != null) {
            refused.deny();
        }
        if (update != null) {
            deliver(update);
        }
    }

    private synchronized void reconnect() {
        if (reconnect != null) {
            connect();
        }
    }

    /** Makes {@code update} the latest; called with the lock held, the delivery follows without it. */
    private StatusUpdate publish(StatusUpdate update) {
        latest = update;
        return update;
    }

    /** Hands the update to every current subscriber; never with the feed's lock held. */
    private void deliver(StatusUpdate update) {
        subscribers.forEach(subscriber -> subscriber.deliver(update));
    }

    /** Binds the callbacks of one stream to its generation. */
    private final class Listener implements StatusStreamListener {
        private final int from;

        Listener(int from) {
            this.from = from;
        }

        @Override
        public void onStatus(BotStatus status) {
            received(from, status);
        }

        @Override
        public void onRevoked(GuildId revoked) {
            onClosed(new TrackingApiException.NotFound("access to the guild was revoked"));
        }

        @Override
        public void onClosed(TrackingApiException failure) {
            failed(from, failure == null ? new TrackingApiException.Unavailable("the API ended the stream", null) : failure);
        }
    }
}
