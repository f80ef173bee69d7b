package dev.trackboard.tracking;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.tracking.AccountDraft;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.BrandDraft;
import dev.trackboard.api.tracking.BulkAction;
import dev.trackboard.api.tracking.PostPage;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.api.tracking.TrackingClient;
import dev.trackboard.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a guild tracks: accounts, posts and brands, always for the guild in the URL and with the
 * signed-in user's own API session; the API checks the guild (and each object's guild) on every call.
 */
@Service
public class TrackingService {

    /** The API's page size limit; a larger window is fetched in several calls. */
    static final int MAX_PAGE = 500;

    private final TrackingClient api;
    private final CurrentUser currentUser;

    TrackingService(TrackingClient api, CurrentUser currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    public List<TrackedAccount> accounts(GuildId guildId, AccountQuery query, long offset, int limit) {
        return window(offset, limit, (at, size) -> api.accounts(currentUser.apiSession(), guildId, query, at, size).items());
    }

    public long countAccounts(GuildId guildId, AccountQuery query) {
        return api.accounts(currentUser.apiSession(), guildId, query, 0, 0).total();
    }

    /** One account of the guild; NotFound for an unknown id or another guild's account. */
    public TrackedAccount account(GuildId guildId, long accountId) {
        return api.account(currentUser.apiSession(), guildId, accountId);
    }

    public TrackedAccount createAccount(GuildId guildId, AccountDraft draft) {
        return api.createAccount(currentUser.apiSession(), guildId, draft);
    }

    public TrackedAccount updateAccount(GuildId guildId, long accountId, AccountDraft draft) {
        return api.updateAccount(currentUser.apiSession(), guildId, accountId, draft);
    }

    public int bulk(GuildId guildId, BulkAction action, List<Long> accountIds) {
        return api.bulk(currentUser.apiSession(), guildId, action, accountIds);
    }

    public List<TrackedPost> posts(GuildId guildId, PostQuery query, long offset, int limit) {
        return window(offset, limit, (at, size) -> api.posts(currentUser.apiSession(), guildId, query, at, size).items());
    }

    public PostPage countPosts(GuildId guildId, PostQuery query) {
        return api.posts(currentUser.apiSession(), guildId, query, 0, 0);
    }

    public TrackedPost post(GuildId guildId, long postId) {
        return api.post(currentUser.apiSession(), guildId, postId);
    }

    public List<TrackedBrand> brands(GuildId guildId) {
        return api.brands(currentUser.apiSession(), guildId);
    }

    public TrackedBrand createBrand(GuildId guildId, BrandDraft draft) {
        return api.createBrand(currentUser.apiSession(), guildId, draft);
    }

    public TrackedBrand updateBrand(GuildId guildId, long brandId, BrandDraft draft) {
        return api.updateBrand(currentUser.apiSession(), guildId, brandId, draft);
    }

    public void deleteBrand(GuildId guildId, long brandId) {
        api.deleteBrand(currentUser.apiSession(), guildId, brandId);
    }

    /** One page of the API at an offset. */
    private interface PageFetch<T> {
        List<T> fetch(long offset, int limit);
    }

    /** A grid window of any size, read in API pages of at most {@link #MAX_PAGE} rows. */
    private static <T> List<T> window(long offset, int limit, PageFetch<T> pages) {
        List<T> rows = new ArrayList<>(limit);
        for (long at = offset; at < offset + limit; at += MAX_PAGE) {
            List<T> items = pages.fetch(at, (int) Math.min(MAX_PAGE, offset + limit - at));
            rows.addAll(items);
            if (items.isEmpty()) {
                break;
            }
        }
        return rows;
    }
}
