package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/guilds/{guildId}/accounts}: the social accounts a guild tracks. */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}/accounts")
@TrackingApi
@ConditionalOnEmbeddedMode
class AccountController {

    record BulkRequest(String action, List<String> ids) { }

    record BulkResult(String action, int affected) { }

    private final AccountStore accounts;

    AccountController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    Page<AccountStore.Account> list(AuthorizedGuild guild,
                                    @RequestParam(required = false) String offset,
                                    @RequestParam(required = false) String limit,
                                    @RequestParam(required = false) String platform,
                                    @RequestParam(required = false) String brandId,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String q,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(required = false) String direction) {
        PageRequest page = PageRequest.parse(offset, limit);
        AccountFilter filter = AccountFilter.parse(platform, brandId, status, q);
        return accounts.list(guild.id(), filter, AccountSort.parse(sort), PageRequest.descending(direction, false),
                page);
    }

    @GetMapping("/{accountId}")
    AccountStore.Account one(AuthorizedGuild guild, @PathVariable String accountId) {
        return accounts.one(guild.id(), Ids.parse(accountId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountStore.Account create(AuthorizedGuild guild, ApiCaller caller, @RequestBody AccountStore.AccountInput input) {
        return accounts.create(guild.id(), caller.userId(), input);
    }

    @PutMapping("/{accountId}")
    AccountStore.Account update(AuthorizedGuild guild, ApiCaller caller, @PathVariable String accountId,
                                @RequestBody AccountStore.AccountInput input) {
        return accounts.update(guild.id(), caller.userId(), Ids.parse(accountId), input);
    }

    @DeleteMapping("/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(AuthorizedGuild guild, ApiCaller caller, @PathVariable String accountId) {
        accounts.bulk(guild.id(), caller.userId(), AccountStore.BulkAction.DELETE, List.of(Ids.parse(accountId)));
    }

    /** Pause, resume or delete many accounts at once: all of them or none (an unknown id is a 404). */
    @PostMapping("/bulk")
    BulkResult bulk(AuthorizedGuild guild, ApiCaller caller, @RequestBody BulkRequest request) {
        AccountStore.BulkAction action = AccountStore.BulkAction.parse(request.action());
        List<String> raw = request.ids() == null ? List.of() : request.ids();
        if (raw.isEmpty() || raw.size() > PageRequest.MAX_LIMIT) {
            throw FieldCheck.single("ids", "give 1 to " + PageRequest.MAX_LIMIT + " account ids");
        }
        List<Long> ids = raw.stream().map(Ids::parse).distinct().toList();
        return new BulkResult(action.name(), accounts.bulk(guild.id(), caller.userId(), action, ids));
    }
}
