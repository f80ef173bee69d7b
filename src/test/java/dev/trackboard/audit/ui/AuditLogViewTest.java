package dev.trackboard.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.NIMBUS;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.audit.AuditActor;
import dev.trackboard.api.audit.AuditChange;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditEntryDetail;
import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.api.audit.AuditTarget;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.BulkAction;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.audit.AuditService;
import dev.trackboard.base.ui.AddressBar;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.NotFoundView;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.testing.KaribuTest;
import dev.trackboard.tracking.TrackingService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit screen on the embedded app: filters in the URL and refused link values, an entry's
 * detail by click and by link, undoing an account pause (the grid shows the undo on top), an undo
 * refused because it was undone meanwhile, the later-changes confirmation, and another guild's entry.
 * Undo tests pause an active Orbit account first and leave it active again.
 */
class AuditLogViewTest extends KaribuTest {

    private static final String SCREEN = "guilds/" + ORBIT + "/audit";

    @Autowired
    private AuditService audit;
    @Autowired
    private TrackingService tracking;
    @Autowired
    private Background background;

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static List<AuditEntry> rows(int limit) {
        return GridKt._fetch(grid(), 0, limit);
    }

    private static String shownQuery() {
        return AddressBar.shown(UI.getCurrent()).getQueryParameters().getQueryString();
    }

    @Test
    void theFiltersNarrowTheListAndLiveInTheUrl() {
        signIn("alice");
        navigate(SCREEN);
        assertThat(rows(50)).isNotEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText()).isNotBlank();

        _setValue(select("audit-action-filter"), "ACCOUNT_PAUSED");
        assertThat(shownQuery()).isEqualTo("action=ACCOUNT_PAUSED");
        List<AuditEntry> paused = rows(500);
        assertThat(paused).isNotEmpty().allMatch(e -> e.action().equals("ACCOUNT_PAUSED"));
        _setValue(select("audit-target-filter"), "ACCOUNT");
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.of(2999, 1, 1));
        String query = shownQuery();
        assertThat(query).contains("action=ACCOUNT_PAUSED", "target=ACCOUNT", "to=2999-01-01");

        // the same link in a new navigation shows the same filter and rows
        navigate("guilds/" + NIMBUS + "/audit");
        navigate(SCREEN, QueryParameters.fromString(query));
        assertThat(select("audit-action-filter").getValue()).isEqualTo("ACCOUNT_PAUSED");
        assertThat(select("audit-target-filter").getValue()).isEqualTo("ACCOUNT");
        assertThat(_get(DatePicker.class, spec -> spec.withId("audit-to")).getValue()).isEqualTo(LocalDate.of(2999, 1, 1));
        assertThat(rows(500)).extracting(AuditEntry::id).containsExactlyElementsOf(paused.stream().map(AuditEntry::id).toList());
    }

    @Test
    void aLinkThatAsksForAnotherOrderStillShowsNewestFirstAndSaysSo() {
        signIn("alice");
        navigate(SCREEN, QueryParameters.fromString("sort=newest&dir=asc"));

        assertThat(grid().getSortOrder()).singleElement().satisfies(order ->
                assertThat(order.getDirection()).isEqualTo(com.vaadin.flow.data.provider.SortDirection.DESCENDING));
        List<AuditEntry> shown = rows(10);
        assertThat(shown).isSortedAccordingTo(java.util.Comparator.comparing(AuditEntry::createdAt).reversed());
    }

    @Test
    void aLinkValueTheScreenCannotUseIsSaidOnItsFieldAndNothingIsListed() {
        signIn("alice");
        navigate(SCREEN, QueryParameters.fromString("actor=alice&action=NOT_IN_THIS_LOG"));
        Select<AuditActor> actor = select("audit-actor-filter");
        assertThat(actor.isInvalid()).isTrue();
        assertThat(actor.getErrorMessage()).contains("not valid or not in this log");
        assertThat(_find(Select.class, spec -> spec.withId("audit-group-filter"))).isEmpty(); // no group named: not shown
        assertThat(select("audit-action-filter").isInvalid()).isTrue();
        assertThat(rows(10)).isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo("Correct the marked filter to see the list.");

        // the first change drops what the link had refused
        _setValue(select("audit-target-filter"), "ACCOUNT");
        assertThat(actor.isInvalid()).isFalse();
        assertThat(rows(10)).isNotEmpty().allMatch(e -> e.target().type().equals("ACCOUNT"));
        assertThat(shownQuery()).isEqualTo("target=ACCOUNT");
    }

    @Test
    void hostileLinkValuesAreRefusedWithoutAQueryAnErrorOrADetail() {
        signIn("alice");
        for (String value : List.of("abc", "-1", "0", "99999999999999999999", "<script>alert(1)</script>", "2026-02-30",
                "+10000-01-01", "\u202e", "\ud83d\ude00", "x".repeat(10_000), "%zz", "' OR '1'='1", "../../etc")) {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            for (String name : List.of("actor", "action", "target", "group", "from", "to", "entry")) {
                parameters.put(name, List.of(value));
            }
            navigate(SCREEN, new QueryParameters(parameters));
            assertThat(UI.getCurrent().getCurrentView()).as(value).isInstanceOf(AuditLogView.class);
            assertThat(select("audit-actor-filter").isInvalid()).as(value).isTrue();
            assertThat(rows(5)).as(value).isEmpty();
            assertThat(_find(Dialog.class, spec -> spec.withId("audit-detail"))).as(value).isEmpty();
            assertThat(_get(Div.class, spec -> spec.withId("audit-entry-missing")).isVisible()).as(value).isTrue();
        }
    }

    @Test
    void fromAfterToIsAFieldErrorAndNoQuery() {
        signIn("alice");
        navigate(SCREEN, QueryParameters.fromString("from=2026-11-20&to=2026-11-10"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day is before the first day. Pick a later To day.");
        assertThat(rows(10)).isEmpty();

        _setValue(to, LocalDate.of(2999, 1, 1));
        assertThat(to.isInvalid()).isFalse();
        assertThat(rows(10)).isNotEmpty();
    }

    @Test
    void undoingAnAccountPauseMakesANewEntryThatTheListShowsFirst() {
        signIn("alice");
        TrackedAccount account = activeAccount();
        tracking.bulk(new GuildId(ORBIT), BulkAction.PAUSE, List.of(account.id()));
        AuditEntry pause = newest("ACCOUNT_PAUSED");
        assertThat(pause.target().id()).isEqualTo(Long.toString(account.id()));

        navigate(SCREEN);
        GridKt._clickItem(grid(), 0);
        settle();
        Dialog detail = _get(Dialog.class, spec -> spec.withId("audit-detail"));
        assertThat(shownQuery()).isEqualTo("entry=" + pause.id());
        assertThat(_get(Span.class, spec -> spec.withId("audit-detail-actor")).getText()).isEqualTo("Alice Lindqvist");
        assertThat(cells()).containsExactly("Status", "Active", "Paused");

        AtomicBoolean readAgain = new AtomicBoolean();
        grid().getDataProvider().addDataProviderListener(change -> readAgain.set(true));
        _click(_get(Button.class, spec -> spec.withId("audit-undo")));
        settle();
        assertThat(detail.isOpened()).isFalse();
        assertThat(readAgain).as("the grid reads its rows again, so the undo shows on top").isTrue();
        assertThat(shownQuery()).isEmpty();
        AuditEntry first = rows(1).getFirst();
        assertThat(first.revertOf()).isEqualTo(pause.id());
        assertThat(first.action()).isEqualTo("ACCOUNT_RESUMED");
        assertThat(tracking.account(new GuildId(ORBIT), account.id()).status()).isEqualTo(AccountStatus.ACTIVE);

        // the undone entry now says so, and links to its undo
        navigate(SCREEN, QueryParameters.fromString("entry=" + pause.id()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-not-revertible")).getText())
                .isEqualTo("This change was already undone.");
        assertThat(_find(Button.class, spec -> spec.withId("audit-undo"))).isEmpty();
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("tb-audit-undone-by")))
                .singleElement().satisfies(link -> assertThat(link.getHref())
                        .isEqualTo(SCREEN + "?entry=" + first.id()));
    }

    @Test
    void anUndoRefusedBecauseItWasUndoneMeanwhileReadsTheEntryAgainAndSaysSo() {
        signIn("alice");
        TrackedAccount account = activeAccount();
        tracking.bulk(new GuildId(ORBIT), BulkAction.PAUSE, List.of(account.id()));
        AuditEntry pause = newest("ACCOUNT_PAUSED");
        navigate(SCREEN, QueryParameters.fromString("entry=" + pause.id()));
        assertThat(_find(Div.class, spec -> spec.withId("audit-detail-notice"))).isEmpty();

        audit.revert(new GuildId(ORBIT), pause.id(), false, null); // another admin, in another tab
        _click(_get(Button.class, spec -> spec.withId("audit-undo")));
        settle();

        assertThat(_get(Div.class, spec -> spec.withId("audit-detail-notice")).getText()).contains("changed since you opened it");
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-not-revertible")).getText())
                .isEqualTo("This change was already undone.");
        assertThat(tracking.account(new GuildId(ORBIT), account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void laterChangesAreShownAndMustBeConfirmedBeforeTheUndo() {
        signIn("alice");
        browserTimeZone("Asia/Tokyo");
        navigate(SCREEN);
        AuditActor bob = new AuditActor("100000000000000002", "bob", null);
        AuditEntry entry = new AuditEntry(7, bob, "ACCOUNT_UPDATED", new AuditTarget("ACCOUNT", "9", "@nova"),
                Instant.parse("2026-11-10T10:00:00Z"), List.of(new AuditChange("displayName", "Nova", "Nova TV")), null, null);
        AuditEntry later = new AuditEntry(8, bob, "ACCOUNT_UPDATED", new AuditTarget("ACCOUNT", "9", "@nova"),
                Instant.parse("2026-11-11T10:00:00Z"), List.of(new AuditChange("displayName", "Nova TV", "Nova Live")), null, null);
        AuditEntryDetail detail = new AuditEntryDetail(entry, List.of(), true, null, null, List.of(later), 41L);
        List<String> calls = new ArrayList<>();
        AuditUndo undo = new AuditUndo(background, (id, confirmed, version) -> {
            calls.add(id + " " + confirmed + " " + version);
            return later;
        }, created -> calls.add("done " + created.id()), id -> calls.add("changed " + id));
        Button trigger = new Button();
        UI.getCurrent().add(trigger);

        undo.start(detail, new AuditWords(trigger, AuditNames.NONE), trigger);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("audit-undo-confirm"));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("audit-later-changes")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList())
                .containsExactly(new UserTime(ZoneId.of("Asia/Tokyo"), UI.getCurrent().getLocale())
                        .dateTime(later.createdAt()) + ", bob: Display name: Nova TV → Nova Live");
        assertThat(calls).isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);
        settle();
        assertThat(calls).containsExactly("7 true 41", "done 8");
    }

    @Test
    void bobCannotOpenAcmesEntryByItsIdNorJunk() {
        signIn("alice");
        long acmeEntry = audit.page(new GuildId(ACME), AuditQuery.all(), null, 1).items().getFirst().id();
        signIn("bob");
        navigate("guilds/" + NIMBUS + "/audit", QueryParameters.fromString("entry=" + acmeEntry));
        assertThat(_get(Div.class, spec -> spec.withId("audit-entry-missing")).isVisible()).isTrue();
        assertThat(_find(Dialog.class, spec -> spec.withId("audit-detail"))).isEmpty();
        assertThat(shownQuery()).isEmpty();

        navigate("guilds/" + NIMBUS + "/audit", QueryParameters.fromString("entry=12abc"));
        assertThat(_get(Div.class, spec -> spec.withId("audit-entry-missing")).isVisible()).isTrue();
        assertThat(_find(Dialog.class, spec -> spec.withId("audit-detail"))).isEmpty();

        navigate("guilds/" + ACME + "/audit", QueryParameters.fromString("entry=" + acmeEntry));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(Dialog.class, spec -> spec.withId("audit-detail"))).isEmpty();
    }

    @Test
    void theGroupLinkOfABulkEntryListsThatBulkActionOnly() {
        signIn("alice");
        AuditEntry bulk = audit.page(new GuildId(ACME), new AuditQuery(null, "ACCOUNT_PAUSED", null, null, null, null), null, 50)
                .items().stream().filter(e -> e.groupId() != null).findFirst().orElseThrow();
        navigate("guilds/" + ACME + "/audit", QueryParameters.fromString("entry=" + bulk.id()));
        String href = _get(RouterLink.class, spec -> spec.withId("audit-detail-group")).getHref();
        assertThat(href).isEqualTo("guilds/" + ACME + "/audit?group=" + bulk.groupId());

        navigate(href.substring(0, href.indexOf('?')), QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        assertThat(_find(Dialog.class, spec -> spec.withId("audit-detail"))).isEmpty();
        Select<String> group = select("audit-group-filter");
        assertThat(group.isVisible()).isTrue();
        assertThat(group.getValue()).isEqualTo(bulk.groupId());
        assertThat(rows(600)).isNotEmpty().allMatch(e -> bulk.groupId().equals(e.groupId()))
                .extracting(AuditEntry::id).contains(bulk.id());
    }

    @Test
    void settingsValuesAreShownInTheBundlesWordsWithTodaysNames() {
        signIn("alice");
        navigate(SCREEN);
        AuditWords words = new AuditWords(grid(), new AuditNames(Map.of("7", "Acme Energy"),
                Map.of("400", "tracked-posts"), Map.of()));
        AuditEntry settings = new AuditEntry(1, new AuditActor("1", "alice", null), "SETTINGS_UPDATED",
                new AuditTarget("SETTINGS", "3", "Orbit Esports"), Instant.now(), List.of(
                        new AuditChange("platforms", "[\"X\",\"YOUTUBE\"]", "[\"TWITCH\"]"),
                        new AuditChange("notificationChannelId", null, "400"),
                        new AuditChange("mentionRoleId", "55", null),
                        new AuditChange("trackingEnabled", "true", "false"),
                        new AuditChange("delivery", "INSTANT", "HOURLY_DIGEST"),
                        new AuditChange("brandId", "7", "8"),
                        new AuditChange("somethingNew", "a", "b")), null, null);
        assertThat(words.changes(settings, true)).isEqualTo("Platforms tracked: X, YouTube → Twitch"
                + " · Notification channel: none → #tracked-posts · Mention role: a role deleted since → none"
                + " · Track new posts and notify: On → Off · Delivery: Instantly, one message per post → Hourly digest"
                + " · Brand: Acme Energy → a brand deleted since · Another field: a → b");
        assertThat(words.action("SETTINGS_UPDATED")).isEqualTo("Changed settings of");
        assertThat(words.action("SESSION_REVOKED")).isEqualTo("Changed"); // an action the table does not know yet
        assertThat(words.action("EXPORT_REQUESTED")).isEqualTo("Requested export");
        assertThat(words.targetType("EXPORT")).isEqualTo("Export");
        AuditEntry export = new AuditEntry(2, new AuditActor("1", "alice", null), "EXPORT_REQUESTED",
                new AuditTarget("EXPORT", "1000", "orbit-posts.csv"), Instant.now(), List.of(
                        new AuditChange("type", null, "POSTS"), new AuditChange("format", null, "NDJSON"),
                        new AuditChange("filters", null,
                                "{\"q\":\"teapot\",\"brandId\":\"7\",\"platform\":\"YOUTUBE\",\"sort\":\"likes\",\"direction\":\"desc\"}")),
                null, null);
        assertThat(words.changes(export, true)).isEqualTo("Export of: Posts · Format: JSON (one object per line)"
                + " · Filters: Search: teapot · Platform: YouTube · Brand: Acme Energy · Sorted by: Likes · Order: descending");
        AuditEntry everything = new AuditEntry(3, new AuditActor("1", "alice", null), "EXPORT_REQUESTED",
                new AuditTarget("EXPORT", "1001", "orbit-audit.csv"), Instant.now(), List.of(
                        new AuditChange("filters", null, "{}"), new AuditChange("filters", null, "[\"odd\"]")), null, null);
        assertThat(words.changes(everything, true)).isEqualTo("Filters: All rows · Filters: [\"odd\"]");
        AuditEntry cancelled = new AuditEntry(4, new AuditActor("1", "alice", null), "EXPORT_CANCELLED",
                new AuditTarget("EXPORT", "1000", "orbit-posts.csv"), Instant.now(), List.of(
                        new AuditChange("status", "RUNNING", "CANCELLED")), null, null);
        assertThat(words.changes(cancelled, true)).isEqualTo("Status: Running → Cancelled");
        assertThat(words.shortValue("messageTemplate", "y".repeat(100))).hasSize(AuditWords.SHORT + 1).endsWith("…");
    }

    private static List<String> cells() {
        return _get(NativeTable.class, spec -> spec.withId("audit-diff")).getBody().getRows().stream()
                .flatMap(row -> row.getDataCells().stream()).map(NativeTableCell::getText).toList();
    }

    private TrackedAccount activeAccount() {
        AccountQuery active = new AccountQuery(null, null, AccountStatus.ACTIVE, null, AccountQuery.Sort.HANDLE, false);
        return tracking.accounts(new GuildId(ORBIT), active, 0, 1).getFirst();
    }

    private AuditEntry newest(String action) {
        return audit.page(new GuildId(ORBIT), new AuditQuery(null, action, null, null, null, null), null, 1).items().getFirst();
    }
}
