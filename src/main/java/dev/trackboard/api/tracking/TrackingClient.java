package dev.trackboard.api.tracking;

import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tracked accounts, posts and brands of the Tracking API as typed Java calls. Every call is
 * guild-scoped; the API answers NotFound for an object of another guild.
 */
@Component
public class TrackingClient {

    private final ApiCalls calls;

    public TrackingClient(ApiCalls calls) {
        this.calls = calls;
    }

    // ---- accounts -------------------------------------------------------------------------

    public AccountPage accounts(ApiSession session, GuildId guildId, AccountQuery query, long offset, int limit) {
        Map<String, Object> params = new HashMap<>(query.parameters());
        params.put("offset", offset);
        params.put("limit", limit);
        return calls.getPage(session, accountsPath(guildId), params, AccountPage.class);
    }

    public TrackedAccount account(ApiSession session, GuildId guildId, long accountId) {
        return calls.get(session, accountsPath(guildId) + "/" + accountId, Map.of(), TrackedAccount.class);
    }

    public TrackedAccount createAccount(ApiSession session, GuildId guildId, AccountDraft draft) {
        return calls.send(session, "POST", accountsPath(guildId), body(draft), Map.of(), TrackedAccount.class);
    }

    public TrackedAccount updateAccount(ApiSession session, GuildId guildId, long accountId, AccountDraft draft) {
        return calls.send(session, "PUT", accountsPath(guildId) + "/" + accountId, body(draft), Map.of(),
                TrackedAccount.class);
    }

    /** All ids or none: an id the guild does not have fails the whole call with NotFound. */
    public int bulk(ApiSession session, GuildId guildId, BulkAction action, List<Long> accountIds) {
        BulkResult result = calls.send(session, "POST", accountsPath(guildId) + "/bulk",
                Map.of("action", action.name(), "ids", accountIds.stream().map(String::valueOf).toList()),
                Map.of(), BulkResult.class);
        return result.affected();
    }

    // ---- posts ----------------------------------------------------------------------------

    public PostPage posts(ApiSession session, GuildId guildId, PostQuery query, long offset, int limit) {
        Map<String, Object> params = new HashMap<>(query.parameters());
        params.put("offset", offset);
        params.put("limit", limit);
        return calls.getPage(session, "guilds/" + guildId + "/posts", params, PostPage.class);
    }

    public TrackedPost post(ApiSession session, GuildId guildId, long postId) {
        return calls.get(session, "guilds/" + guildId + "/posts/" + postId, Map.of(), TrackedPost.class);
    }

    // ---- brands ---------------------------------------------------------------------------

    public List<TrackedBrand> brands(ApiSession session, GuildId guildId) {
        return calls.items(session, "guilds/" + guildId + "/brands", Map.of(), TrackedBrand.class);
    }

    public TrackedBrand createBrand(ApiSession session, GuildId guildId, BrandDraft draft) {
        return calls.send(session, "POST", "guilds/" + guildId + "/brands", draft, Map.of(), TrackedBrand.class);
    }

    public TrackedBrand updateBrand(ApiSession session, GuildId guildId, long brandId, BrandDraft draft) {
        return calls.send(session, "PUT", "guilds/" + guildId + "/brands/" + brandId, draft, Map.of(),
                TrackedBrand.class);
    }

    public void deleteBrand(ApiSession session, GuildId guildId, long brandId) {
        calls.send(session, "DELETE", "guilds/" + guildId + "/brands/" + brandId, null, Map.of(), null);
    }

    private static String accountsPath(GuildId guildId) {
        return "guilds/" + guildId + "/accounts";
    }

    private static Map<String, Object> body(AccountDraft draft) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", draft.platform() == null ? null : draft.platform().name());
        body.put("handle", draft.handle());
        body.put("displayName", draft.displayName());
        body.put("brandId", draft.brandId() == null ? null : String.valueOf(draft.brandId()));
        body.put("status", draft.status() == null ? null : draft.status().name());
        return body;
    }

    private record BulkResult(String action, int affected) {
    }
}
