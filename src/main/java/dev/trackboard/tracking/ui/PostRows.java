package dev.trackboard.tracking.ui;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.PostPage;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.GridSource;
import dev.trackboard.base.ui.grid.ListSort;
import dev.trackboard.base.ui.grid.RowCount;
import dev.trackboard.tracking.TrackingService;
import java.util.List;

/**
 * A guild's posts, page by page (the API pages by seek, so a deep page costs what the first does),
 * with the dates of the filter as days of the user's time zone.
 */
record PostRows(TrackingService tracking, GuildId guildId, UserTime time)
        implements GridSource<TrackedPost, PostFilter, PostQuery.Sort, PostChoices> {

    @Override
    public PostChoices prepare(PostFilter requested) {
        return new PostChoices(tracking.brands(guildId), account(requested.accountId()), this::accounts);
    }

    @Override
    public List<TrackedPost> page(PostFilter filter, ListSort<PostQuery.Sort> sort, PostChoices choices,
                                  int offset, int limit) {
        return tracking.posts(guildId, filter.query(sort, time), offset, limit).stream().map(TrackedPostGrid::asRow).toList();
    }

    @Override
    public RowCount count(PostFilter filter, PostChoices choices) {
        PostPage page = tracking.countPosts(guildId, filter.query(PostFilter.DEFAULT_SORT, time));
        return new RowCount(page.total(), page.totalIsEstimate());
    }

    /** The account the link names: null for none, an unknown id or another guild's (the API answers NotFound). */
    private TrackedAccount account(Long accountId) {
        if (accountId == null) {
            return null;
        }
        try {
            return tracking.account(guildId, accountId);
        } catch (TrackingApiException.NotFound goneOrForeign) {
            return null;
        }
    }

    private List<TrackedAccount> accounts(String text, int offset, int limit) {
        AccountQuery query = new AccountQuery(null, null, null, text, AccountQuery.Sort.HANDLE, false);
        try {
            return tracking.accounts(guildId, query, offset, limit);
        } catch (TrackingApiException.Unavailable | TrackingApiException.RateLimited e) {
            return List.of(); // no suggestions for now; typing again asks again
        }
    }
}
