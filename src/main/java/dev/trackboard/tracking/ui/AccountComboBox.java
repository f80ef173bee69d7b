package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.tracking.TrackingService;
import java.util.stream.Stream;

/**
 * Picks one of the guild's accounts by handle (or display name): a lazy combo box whose suggestions
 * are the API's accounts search, page by page, so a guild with any number of accounts costs the same.
 * The value is the account; the URL keeps only its id, and {@link #restore} turns an id back into the
 * account, ignoring one the guild does not have.
 */
class AccountComboBox extends ComboBox<TrackedAccount> {

    /** The API's limit for the accounts search text; a longer filter cannot match anything. */
    static final int MAX_FILTER = 200;

    private TrackingService tracking;
    private GuildId guildId;

    AccountComboBox() {
        setItemLabelGenerator(account -> getTranslation("tracking.posts.accountOption", account.handle(),
                getTranslation("tracking.platform." + account.platform().name())));
        setClearButtonVisible(true);
        setPlaceholder(getTranslation("tracking.posts.account"));
        setAriaLabel(getTranslation("tracking.posts.account"));
    }

    /** Suggests the accounts of this guild. */
    void show(TrackingService tracking, GuildId guildId) {
        this.tracking = tracking;
        this.guildId = guildId;
        setItems(query -> suggestions(query.getFilter().orElse(""), query.getOffset(), query.getLimit()))
                .setIdentifierProvider(TrackedAccount::id);
    }

    private Stream<TrackedAccount> suggestions(String filter, int offset, int limit) {
        String text = filter.strip();
        text = text.startsWith("@") ? text.substring(1).strip() : text; // handles are shown with their @
        if (text.length() > MAX_FILTER) {
            return Stream.empty();
        }
        AccountQuery query = new AccountQuery(null, null, null, text.isEmpty() ? null : text,
                AccountQuery.Sort.HANDLE, false);
        try {
            return tracking.accounts(guildId, query, offset, limit).stream();
        } catch (TrackingApiException.Unavailable | TrackingApiException.RateLimited e) {
            return Stream.empty(); // no suggestions for now; typing again asks again
        }
    }

    /**
     * The account with this id, read from the URL, for {@code setValue}: null for none, an unknown
     * id or another guild's account (the API answers both with NotFound). A call to the API: made
     * off the session lock. An unreachable API fails, so the caller tries again.
     */
    TrackedAccount lookUp(Long accountId) {
        if (accountId == null) {
            return null;
        }
        try {
            return tracking.account(guildId, accountId);
        } catch (TrackingApiException.NotFound goneOrForeign) {
            return null;
        }
    }

    /** The chosen account's id, or null for all accounts. */
    Long accountId() {
        return getValue() == null ? null : getValue().id();
    }
}
