package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Undoes a change by making a new change through the stores, so it is validated and audited like
 * any other; its entry names the one it undoes ({@link AuditTrail#REVERTING}), and the unique index
 * on that name lets an entry be undone once. Settings entries go to {@link AuditSettingsUndo} and
 * need the settings version in If-Match. What can and cannot be undone, and why:
 * docs/decisions/0106-what-a-revert-can-undo.md and 0112-undoing-a-settings-change.md.
 */
@Component
@ConditionalOnEmbeddedMode
class AuditRevert {

    private final AuditStore entries;
    private final AuditRefusal refusals;
    private final AuditSettingsUndo settings;
    private final AccountStore accounts;
    private final BrandStore brands;

    AuditRevert(AuditStore entries, AuditRefusal refusals, AuditSettingsUndo settings, AccountStore accounts,
                BrandStore brands) {
        this.entries = entries;
        this.refusals = refusals;
        this.settings = settings;
        this.accounts = accounts;
        this.brands = brands;
    }

    /**
     * Undoes the entry and answers the new entry. In this order: 428 for a settings entry without
     * If-Match; 409 when it cannot be undone; 412 when the settings were saved since that version;
     * 409 naming the later changes of the same fields unless {@code confirmed} (the caller has shown
     * them); 400 when a value to go back to is no longer valid.
     */
    AuditStore.Entry revert(String guildId, String guildName, String actorId, long entryId, boolean confirmed,
                            String ifMatch) {
        AuditStore.Entry entry = entries.one(guildId, entryId);
        boolean ofSettings = AuditRefusal.SETTINGS_UPDATED.equals(entry.action());
        long basedOn = ofSettings ? settings.basedOn(ifMatch) : -1;
        AuditRefusal.Refusal refusal = refusals.of(guildId, entry);
        if (refusal != null) {
            throw conflict("This change cannot be undone: " + refusal.reason() + ".");
        }
        if (ofSettings) {
            settings.requireVersion(guildId, basedOn);
        }
        List<Long> later = entries.laterChangesOfFields(guildId, entry).stream().map(AuditStore.Entry::id).toList();
        if (!later.isEmpty() && !confirmed && !entry.action().equals("BRAND_DELETED")) {
            throw conflict("The same fields of this " + kind(entry) + " were changed later (entries " + later
                    + "); confirm to undo this change anyway.");
        }
        try {
            ScopedValue.where(AuditTrail.REVERTING, entryId).run(() -> apply(guildId, guildName, actorId, entry, basedOn));
        } catch (DuplicateKeyException e) {
            throw conflict("This change was undone a moment ago.");
        }
        List<Long> reverts = entries.revertedBy(guildId, entryId);
        if (reverts.isEmpty()) {
            throw conflict("Nothing to undo: the values are already as they were before this change.");
        }
        return entries.one(guildId, reverts.getFirst());
    }

    private void apply(String guildId, String guildName, String actorId, AuditStore.Entry entry, long basedOn) {
        if (AuditRefusal.SETTINGS_UPDATED.equals(entry.action())) {
            settings.undo(guildId, guildName, actorId, basedOn, before(entry));
            return;
        }
        long target = Long.parseLong(entry.target().id());
        switch (entry.action()) {
            case "ACCOUNT_PAUSED" -> accounts.bulk(guildId, actorId, AccountStore.BulkAction.RESUME, List.of(target));
            case "ACCOUNT_RESUMED" -> accounts.bulk(guildId, actorId, AccountStore.BulkAction.PAUSE, List.of(target));
            case "ACCOUNT_UPDATED" -> accounts.update(guildId, actorId, target, accountBefore(guildId, entry, target));
            case "BRAND_UPDATED" -> brands.update(guildId, actorId, target, brandBefore(before(entry),
                    brandOrGone(guildId, target)));
            case "BRAND_DELETED" -> brands.create(guildId, actorId, brandBefore(before(entry), null));
            default -> throw new IllegalStateException("not revertible: " + entry.action());
        }
    }

    /** The account as it is now, with the entry's fields set back to their before values. */
    private AccountStore.AccountInput accountBefore(String guildId, AuditStore.Entry entry, long id) {
        AccountStore.Account now = accountOrGone(guildId, id);
        Map<String, Object> before = before(entry);
        return new AccountStore.AccountInput(
                text(before, "platform", now.platform()), text(before, "handle", now.handle()),
                text(before, "displayName", now.displayName()),
                before.containsKey("brandId") ? text(before, "brandId", null)
                        : now.brandId() == null ? null : String.valueOf(now.brandId()),
                text(before, "status", now.status()));
    }

    private AccountStore.Account accountOrGone(String guildId, long id) {
        try {
            return accounts.one(guildId, id);
        } catch (ApiProblem e) {
            throw conflict("The account no longer exists.");
        }
    }

    private BrandStore.Brand brandOrGone(String guildId, long id) {
        try {
            return brands.one(guildId, id);
        } catch (ApiProblem e) {
            throw conflict("The brand no longer exists.");
        }
    }

    /** A brand from the entry's before values; fields the entry did not change come from {@code now}. */
    private static BrandStore.BrandInput brandBefore(Map<String, Object> before, BrandStore.Brand now) {
        String keywords = text(before, "keywords", now == null ? "" : String.join("\n", now.keywords()));
        return new BrandStore.BrandInput(text(before, "name", now == null ? null : now.name()),
                keywords == null || keywords.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(keywords.split("\n"))),
                text(before, "color", now == null ? null : now.color()));
    }

    private static Map<String, Object> before(AuditStore.Entry entry) {
        Map<String, Object> before = new HashMap<>();
        entry.changes().forEach(change -> before.put(change.field(), change.before()));
        return before;
    }

    private static String text(Map<String, Object> values, String field, String otherwise) {
        return values.containsKey(field) ? Objects.toString(values.get(field), null) : otherwise;
    }

    private static String kind(AuditStore.Entry entry) {
        return entry.target().type().toLowerCase(Locale.ROOT);
    }

    private static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, detail);
    }
}
