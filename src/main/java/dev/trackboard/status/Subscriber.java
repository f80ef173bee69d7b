package dev.trackboard.status;

import dev.trackboard.access.GuildAccessWatch;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One screen component's subscription. Delivery re-checks access every time: the update must be
 * for this subscriber's own guild, its user's session must be live, and the user's right to open
 * the guild must have been confirmed within the re-check interval (otherwise the update waits for one
 * re-check, shared by all the user's screens on that guild).
 */
final class Subscriber {

    private final GuildId guildId;
    private final ApiSession session;
    private final Consumer<StatusUpdate> consumer;
    private final GuildAccessWatch access;
    private volatile boolean denied;
    private volatile boolean told;
    private volatile Supplier<StatusUpdate> latest = () -> null;

    Subscriber(GuildId guildId, ApiSession session, Consumer<StatusUpdate> consumer, GuildAccessWatch access) {
        this.guildId = guildId;
        this.session = session;
        this.consumer = consumer;
        this.access = access;
    }

    ApiSession session() {
        return session;
    }

    void readLatestFrom(Supplier<StatusUpdate> latest) {
        this.latest = latest;
    }

    boolean mayAuthorise() {
        return !denied && !session.ended();
    }

    void deliver(StatusUpdate update) {
        if (mayReceive(update) && access.allowedNow(session, guildId, this::deliverLatest, this::deny)) {
            consumer.accept(update);
        }
    }

    /** Right after a successful access re-check: the newest update, without asking again. */
    private void deliverLatest() {
        StatusUpdate update = latest.get();
        if (mayReceive(update)) {
            consumer.accept(update);
        }
    }

    private boolean mayReceive(StatusUpdate update) {
        // never another guild's update, never to a user whose session ended or who lost the guild
        return update != null && !denied && guildId.equals(update.guildId()) && !session.ended();
    }

    /** Marks the user as refused (under the feed's lock); {@link #deny} tells the screen afterwards. */
    void refuse() {
        denied = true;
    }

    /** The user may no longer open the guild: tell the screen once, then stay silent. */
    void deny() {
        if (!told) {
            told = true;
            denied = true;
            consumer.accept(new StatusUpdate(guildId, null, StatusUpdate.Freshness.ACCESS_LOST));
        }
    }
}
