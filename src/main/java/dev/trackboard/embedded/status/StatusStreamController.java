package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.DiscordTokenRejectedException;
import dev.trackboard.embedded.access.DiscordUnavailableException;
import dev.trackboard.embedded.access.GuildAccessChecker;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/status/stream}: server-sent events with the bot's status in the caller's
 * guilds — all guilds of the token the caller may open now, or only the {@code guildId}s asked for.
 * Each guild is authorised like any guild-scoped request when the stream opens, and again while it
 * runs (see {@link StatusStreams}).
 */
@RestController
@RequestMapping("/api/v1/status")
@TrackingApi
@ConditionalOnEmbeddedMode
class StatusStreamController {

    private final GuildAccessChecker checker;
    private final StatusStreams streams;

    StatusStreamController(GuildAccessChecker checker, StatusStreams streams) {
        this.checker = checker;
        this.streams = streams;
    }

    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(ApiCaller caller, @RequestParam(name = "guildId", required = false) List<String> guildIds) {
        Set<String> granted = new LinkedHashSet<>();
        boolean explicit = guildIds != null && !guildIds.isEmpty();
        if (explicit && guildIds.size() > 100) {
            throw ApiProblem.notFound();
        }
        for (String guildId : explicit ? guildIds : List.copyOf(caller.guildIds())) {
            try {
                granted.add(checker.authorize(caller, guildId, false).id());
            } catch (ApiProblem refused) {
                if (explicit) {
                    throw refused; // the same 404 as a plain request for that guild
                }
            } catch (DiscordUnavailableException | DiscordTokenRejectedException cannotTell) {
                throw ApiProblem.discordUnavailable(); // fail closed
            }
        }
        if (granted.isEmpty()) {
            throw ApiProblem.notFound();
        }
        return streams.open(caller, granted);
    }
}
