package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.trackboard.api.tracking.TrackedAccount;
import java.util.List;

/**
 * Picks one of the guild's accounts by handle (or display name): a lazy combo box whose suggestions
 * are the API's accounts search, page by page, so a guild with any number of accounts costs the
 * same. The value is the account; the URL keeps only its id.
 */
class AccountComboBox extends ComboBox<TrackedAccount> {

    /** The API's limit for the accounts search text; a longer filter cannot match anything. */
    static final int MAX_FILTER = 200;

    /** A page of the guild's accounts whose handle or name contains the text (a grid-like read, under the lock). */
    interface Suggestions {
        List<TrackedAccount> find(String text, int offset, int limit);
    }

    AccountComboBox(String id) {
        setId(id);
        setItemLabelGenerator(account -> getTranslation("tracking.posts.accountOption", account.handle(),
                getTranslation("tracking.platform." + account.platform().name())));
        setClearButtonVisible(true);
        setPlaceholder(getTranslation("tracking.posts.account"));
        setAriaLabel(getTranslation("tracking.posts.account"));
    }

    /** Suggests from {@code accounts} and shows {@code value}. */
    void show(Suggestions accounts, TrackedAccount value) {
        setItems(query -> suggestions(accounts, query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream())
                .setIdentifierProvider(TrackedAccount::id);
        setValue(value);
    }

    private static List<TrackedAccount> suggestions(Suggestions accounts, String filter, int offset, int limit) {
        String text = filter.strip();
        text = text.startsWith("@") ? text.substring(1).strip() : text; // handles are shown with their @
        return text.length() > MAX_FILTER ? List.of() : accounts.find(text.isEmpty() ? null : text, offset, limit);
    }

    /** The chosen account's id, or null for all accounts. */
    Long accountId() {
        return getValue() == null ? null : getValue().id();
    }
}
