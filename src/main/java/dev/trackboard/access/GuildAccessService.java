package dev.trackboard.access;

import dev.trackboard.api.GuildId;
import dev.trackboard.security.CurrentUser;
import org.springframework.stereotype.Service;

/** Access watching for screens: the signed-in user's hold on a guild they have open. */
@Service
public class GuildAccessService {

    private final GuildAccessWatch watch;
    private final CurrentUser currentUser;

    GuildAccessService(GuildAccessWatch watch, CurrentUser currentUser) {
        this.watch = watch;
        this.currentUser = currentUser;
    }

    /**
     * Call from the UI thread (it reads the signed-in user). {@code onLost} runs once on a background
     * thread when the API no longer lets the user open the guild; it should hop onto its UI with
     * {@code ui.access}.
     */
    public GuildAccessWatch.Watch watch(GuildId guildId, Runnable onLost) {
        return watch.watch(currentUser.apiSession(), guildId, onLost);
    }
}
