package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import org.springframework.stereotype.Component;

/**
 * Whether an entry can be undone now, and if not why: a code for the screen's own words and the
 * English reason for everyone else. The table of what can be undone: docs/decisions/0106 and 0112.
 */
@Component
@ConditionalOnEmbeddedMode
class AuditRefusal {

    /** Why an entry cannot be undone; {@code code} is one of the contract's NotRevertibleCode values. */
    record Refusal(String code, String reason) { }

    static final String SETTINGS_UPDATED = "SETTINGS_UPDATED";

    private final AuditStore entries;
    private final AccountStore accounts;
    private final BrandStore brands;

    AuditRefusal(AuditStore entries, AccountStore accounts, BrandStore brands) {
        this.entries = entries;
        this.accounts = accounts;
        this.brands = brands;
    }

    /** Null when the entry can be undone now. */
    Refusal of(String guildId, AuditStore.Entry entry) {
        if (!entries.revertedBy(guildId, entry.id()).isEmpty()) {
            return new Refusal("ALREADY_UNDONE", "already undone");
        }
        return switch (entry.action()) {
            case "ACCOUNT_PAUSED", "ACCOUNT_RESUMED", "ACCOUNT_UPDATED" -> accountExists(guildId, entry) ? null
                    : new Refusal("TARGET_GONE", "the account no longer exists");
            case "BRAND_UPDATED" -> brandExists(guildId, entry) ? null
                    : new Refusal("TARGET_GONE", "the brand no longer exists");
            case "BRAND_DELETED", SETTINGS_UPDATED -> null;
            case "ACCOUNT_DELETED" -> new Refusal("POSTS_DELETED",
                    "the account's posts were deleted with it and cannot be restored");
            case "ACCOUNT_CREATED", "BRAND_CREATED" -> new Refusal("CREATION",
                    "undoing a creation would delete; delete it instead");
            default -> new Refusal("NOT_SUPPORTED", "changes of this kind cannot be undone here");
        };
    }

    private boolean accountExists(String guildId, AuditStore.Entry entry) {
        try {
            accounts.one(guildId, Long.parseLong(entry.target().id()));
            return true;
        } catch (ApiProblem gone) {
            return false;
        }
    }

    private boolean brandExists(String guildId, AuditStore.Entry entry) {
        try {
            brands.one(guildId, Long.parseLong(entry.target().id()));
            return true;
        } catch (ApiProblem gone) {
            return false;
        }
    }
}
