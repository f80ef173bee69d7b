package dev.trackboard.embedded.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Discord's user REST endpoints, authenticated with a Bearer access token issued by the emulator. */
@RestController
@RequestMapping("/embedded/discord/api/users/@me")
@ConditionalOnEmbeddedMode
class DiscordRestController {

    record UserJson(String id, String username, @JsonProperty("global_name") String globalName, String avatar,
                    String discriminator) { }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record PartialGuildJson(String id, String name, String icon, boolean owner, String permissions,
                            List<String> features,
                            @JsonProperty("approximate_member_count") Integer approximateMemberCount,
                            @JsonProperty("approximate_presence_count") Integer approximatePresenceCount) { }

    private final DiscordOAuthStore store;
    private final DiscordDirectory directory;

    DiscordRestController(DiscordOAuthStore store, DiscordDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    @GetMapping
    UserJson me(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        DiscordDirectory.User user = directory.user(userId(authorization, "identify"))
                .orElseThrow(DiscordUnauthorizedException::new);
        return new UserJson(user.id(), user.username(), user.globalName(), null, "0");
    }

    @GetMapping("/guilds")
    List<PartialGuildJson> guilds(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestParam(name = "with_counts", defaultValue = "false") boolean withCounts) {
        String userId = userId(authorization, "guilds");
        return directory.guildsOf(userId).stream()
                .map(guild -> new PartialGuildJson(guild.id(), guild.name(), guild.icon(),
                        guild.ownerId().equals(userId), guild.permissions(), List.of(),
                        withCounts ? guild.memberCount() : null, withCounts ? guild.presenceCount() : null))
                .toList();
    }

    private String userId(String authorization, String requiredScope) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new DiscordUnauthorizedException();
        }
        DiscordOAuthStore.Token token = store.liveToken(authorization.substring(7).trim(), "ACCESS")
                .filter(found -> !found.expired())
                .orElseThrow(DiscordUnauthorizedException::new);
        if (!List.of(token.scope().split(" ")).contains(requiredScope)) {
            throw new DiscordApiException(HttpStatus.FORBIDDEN, "Missing Access", 50001);
        }
        return token.userId();
    }
}
