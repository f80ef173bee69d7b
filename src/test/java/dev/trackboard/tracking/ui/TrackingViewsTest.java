package dev.trackboard.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.testing.Demo;
import dev.trackboard.testing.KaribuTest;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

/** The three tracking screens, browserless against the embedded API. */
class TrackingViewsTest extends KaribuTest {

    @BeforeEach
    void signInAlice() {
        signIn("alice");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void trackingRedirectsToAccounts() {
        navigate("guilds/" + ORBIT + "/tracking");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TrackedAccountsView.class);
    }

    @Test
    void accountsAreFilteredSortedAndPaged() {
        navigate("guilds/" + ORBIT + "/tracking/accounts");
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        assertThat(GridKt._size(accounts)).isEqualTo(150);
        assertThat(_get(Span.class, spec -> spec.withId("account-count")).getText()).isEqualTo("150 accounts");
        // the last row of the lazy grid is the last handle in order ("zephyr" is the last demo word)
        assertThat(GridKt._get(accounts, 149).handle()).isEqualTo("zephyr_99");

        _setValue(_get(Select.class, spec -> spec.withId("account-platform-filter")), Platform.TWITCH);
        assertThat(GridKt._size(accounts)).isEqualTo(25);
        GridKt._fetch(accounts, 0, 25).forEach(a -> assertThat(a.platform()).isEqualTo(Platform.TWITCH));

        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "nova");
        GridKt._fetch(accounts, 0, 50).forEach(a -> assertThat(a.handle()).contains("nova"));

        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "");
        _setValue(_get(Select.class, spec -> spec.withId("account-platform-filter")), null);
        accounts.sort(List.of(new GridSortOrder<>(accounts.getColumnByKey("handle"), SortDirection.DESCENDING)));
        List<TrackedAccount> page = GridKt._fetch(accounts, 0, 3);
        assertThat(page.get(0).handle().compareToIgnoreCase(page.get(1).handle())).isPositive();
    }

    @Test
    void filtersAndSortAreRestoredFromTheUrl() {
        navigate("guilds/" + ORBIT + "/tracking/posts", QueryParameters.fromString("q=giveaway&platform=x&sort=likes&dir=asc"));
        Grid<TrackedPost> posts = grid("posts-grid");
        assertThat(_get(TextField.class, spec -> spec.withId("post-search")).getValue()).isEqualTo("giveaway");
        assertThat(_get(Select.class, spec -> spec.withId("post-platform-filter")).getValue()).isEqualTo(Platform.X);
        GridSortOrder<TrackedPost> order = posts.getSortOrder().getFirst();
        assertThat(order.getSorted().getKey()).isEqualTo("likes");
        assertThat(order.getDirection()).isEqualTo(SortDirection.ASCENDING);
        List<TrackedPost> rows = GridKt._fetch(posts, 0, 20);
        assertThat(rows).isNotEmpty();
        rows.forEach(p -> {
            assertThat(p.platform()).isEqualTo(Platform.X);
            assertThat(p.text().toLowerCase()).contains("giveaway");
        });
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).likes()).isGreaterThanOrEqualTo(rows.get(i - 1).likes());
        }
    }

    @Test
    void changingAFilterWritesItIntoTheUrl() {
        navigate("guilds/" + ORBIT + "/tracking/accounts");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _setValue(_get(Select.class, spec -> spec.withId("account-status-filter")), AccountStatus.PAUSED);
        boolean written = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(js -> js.getInvocation().getParameters().stream()
                        .anyMatch(p -> String.valueOf(p).contains("tracking/accounts?status=paused")));
        assertThat(written).isTrue();
        GridKt._fetch(grid("accounts-grid"), 0, 50).forEach(a -> assertThat(
                ((TrackedAccount) a).status()).isEqualTo(AccountStatus.PAUSED));
    }

    @Test
    void addingAnAccountValidatesFirstThenShowsTheApisFieldErrors() {
        navigate("guilds/" + ORBIT + "/tracking/accounts");
        _click(_get(Button.class, spec -> spec.withId("add-account")));
        settle();
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        settle();
        TextField handle = _get(TextField.class, spec -> spec.withId("account-handle"));
        assertThat(handle.isInvalid()).isTrue();
        assertThat(handle.getErrorMessage()).isEqualTo("Enter the handle");

        _setValue(_get(Select.class, spec -> spec.withId("account-platform")), Platform.X);
        _setValue(handle, "far_too_long_for_x_handles");
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        settle();
        assertThat(handle.isInvalid()).isTrue();
        // in the UI's words, never the API's message
        assertThat(handle.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("tracking.problem.account.handle"))
                .doesNotContain("X handle");

        _setValue(handle, "karibu_added");
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        settle();
        assertThat(_find(TextField.class, spec -> spec.withId("account-handle"))).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "karibu_added");
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        assertThat(GridKt._size(accounts)).isEqualTo(1);

        // edit it, then delete it in bulk with confirmation
        new AccountDialogOpener(accounts).edit(0);
        _setValue(_get(TextField.class, spec -> spec.withId("account-display-name")), "Edited in Karibu");
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        settle();
        assertThat(GridKt._get(accounts, 0).displayName()).isEqualTo("Edited in Karibu");

        accounts.select(GridKt._get(accounts, 0));
        _click(_get(Button.class, spec -> spec.withId("bulk-delete")));
        settle();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("bulk-confirm")));
        settle();
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text").equals("1 account deleted"));
        assertThat(GridKt._size(accounts)).isZero();
    }

    @Test
    void bulkPauseAndResumeAskFirstAndReport() {
        navigate("guilds/" + ORBIT + "/tracking/accounts", QueryParameters.fromString("status=active"));
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        List<TrackedAccount> two = GridKt._fetch(accounts, 0, 2);
        two.forEach(accounts::select);
        assertThat(_get(Span.class, spec -> spec.withId("account-selection")).getText()).isEqualTo("2 selected");
        _click(_get(Button.class, spec -> spec.withId("bulk-pause")));
        settle();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("bulk-confirm"));
        ConfirmDialogKt._fireConfirm(confirm);
        settle();
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text").equals("2 accounts paused"));
        assertThat(GridKt._fetch(accounts, 0, 200)).noneMatch(a -> two.stream().anyMatch(t -> t.id() == a.id()));

        navigate("guilds/" + ORBIT + "/tracking/accounts", QueryParameters.fromString("status=paused"));
        Grid<TrackedAccount> paused = grid("accounts-grid");
        GridKt._fetch(paused, 0, 200).stream().filter(a -> two.stream().anyMatch(t -> t.id() == a.id()))
                .forEach(paused::select);
        _click(_get(Button.class, spec -> spec.withId("bulk-resume")));
        settle();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("bulk-confirm")));
        settle();
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text").equals("2 accounts resumed"));
    }

    @Test
    void aPostOpensItsDetailWithTheFullTextAsText() {
        navigate("guilds/" + ACME + "/tracking/posts");
        Grid<TrackedPost> newestFirst = grid("posts-grid");
        assertThat(GridKt._size(newestFirst)).isGreaterThan(Demo.ACME_POSTS / 2);
        assertThat(GridKt._get(newestFirst, 899).text()).endsWith("(900)"); // generated post n is row n - 1

        // the hostile posts are the oldest
        navigate("guilds/" + ACME + "/tracking/posts", QueryParameters.fromString("sort=posted_at&dir=asc"));
        Grid<TrackedPost> posts = grid("posts-grid");
        int xss = -1;
        for (int i = 0; i < Demo.HOSTILE_POSTS; i++) {
            if (GridKt._get(posts, i).text().startsWith("<script>")) {
                xss = i;
            }
        }
        assertThat(xss).isNotNegative();
        GridKt._clickItem(posts, xss);
        settle();
        Paragraph text = _get(Paragraph.class, spec -> spec.withId("post-detail-text"));
        assertThat(text.getText()).startsWith("<script>alert('xss')</script>");
        assertThat(text.getElement().getChildren()).allMatch(Element::isTextNode); // text, no markup
    }

    @Test
    void brandsShowCountsAndTheDialogValidates() {
        navigate("guilds/" + ORBIT + "/tracking/brands");
        Grid<TrackedBrand> brands = grid("brands-grid");
        assertThat(GridKt._size(brands)).isEqualTo(24);
        assertThat(GridKt._fetch(brands, 0, 24).stream().mapToLong(TrackedBrand::postCount).sum()).isPositive();

        _click(_get(Button.class, spec -> spec.withId("add-brand")));
        settle();
        TextField name = _get(TextField.class, spec -> spec.withId("brand-name"));
        TextField color = _get(TextField.class, spec -> spec.withId("brand-color"));
        _setValue(color, "red");
        _click(_get(Button.class, spec -> spec.withId("brand-save")));
        settle();
        assertThat(name.isInvalid()).isTrue();
        assertThat(color.isInvalid()).isTrue();

        _setValue(name, "Aurora Audio"); // taken: the API says so on the field
        _setValue(color, "#123456");
        _click(_get(Button.class, spec -> spec.withId("brand-save")));
        settle();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("another brand on this server already has it")
                .doesNotContain("guild");
        _click(_get(Button.class, spec -> spec.withId("brand-cancel")));
        settle();
        assertThat(GridKt._size(brands)).isEqualTo(24);
    }

    @Test
    void aRowIsEditedInlineWithTheGridEditor() {
        navigate("guilds/" + ORBIT + "/tracking/accounts", QueryParameters.fromString("q=willow_"));
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        TrackedAccount first = GridKt._get(accounts, 0);
        String original = first.displayName();

        GridKt._doubleClickItem(accounts, 0, 1, false, false, false, false);
        settle(); // the editor opens with the next response
        assertThat(accounts.getEditor().isOpen()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("inline-display-name")), "x".repeat(101));
        _click(_get(Button.class, spec -> spec.withId("inline-save")));
        settle();
        assertThat(accounts.getEditor().isOpen()).isTrue(); // refused by the editor's binder

        _setValue(_get(TextField.class, spec -> spec.withId("inline-display-name")), "Inline edited");
        _click(_get(Button.class, spec -> spec.withId("inline-save")));
        settle();
        assertThat(accounts.getEditor().isOpen()).isFalse();
        assertThat(GridKt._fetch(accounts, 0, 50)).anyMatch(a -> a.id() == first.id()
                && a.displayName().equals("Inline edited"));

        accounts.getEditor().editItem(GridKt._fetch(accounts, 0, 50).stream()
                .filter(a -> a.id() == first.id()).findFirst().orElseThrow());
        settle();
        _setValue(_get(TextField.class, spec -> spec.withId("inline-display-name")), original);
        _click(_get(Button.class, spec -> spec.withId("inline-save")));
        settle();
    }

    /** Issue 8: an account without a brand used to be refused with "no such brand in this guild". */
    @Test
    void anAccountWithoutABrandIsEditedInlineAndKeepsNoBrand() {
        navigate("guilds/" + ACME + "/tracking/accounts", QueryParameters.fromString("q=aurora_188"));
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        TrackedAccount account = GridKt._get(accounts, 0);
        assertThat(account.handle()).isEqualTo("aurora_188");
        assertThat(account.brandId()).isNull();
        NotificationsKt.clearNotifications();

        GridKt._doubleClickItem(accounts, 0, 1, false, false, false, false);
        settle(); // the editor opens with the next response
        TextField name = _get(TextField.class, spec -> spec.withId("inline-display-name"));
        _setValue(name, "Aurora without brand");
        _click(_get(Button.class, spec -> spec.withId("inline-save")));
        settle();

        assertThat(name.isInvalid()).as(name.getErrorMessage()).isFalse();
        assertThat(accounts.getEditor().isOpen()).isFalse();
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text")
                .equals("Saved @aurora_188"));
        TrackedAccount saved = GridKt._get(accounts, 0);
        assertThat(saved.displayName()).isEqualTo("Aurora without brand");
        assertThat(saved.brandId()).isNull();
        accounts.getEditor().editItem(saved);
        settle();
        _setValue(_get(TextField.class, spec -> spec.withId("inline-display-name")), account.displayName());
        _click(_get(Button.class, spec -> spec.withId("inline-save")));
        settle();
    }

    @Test
    void thePostsAccountFilterSuggestsTheGuildsAccountsByHandleAndFiltersByTheOneChosen() {
        navigate("guilds/" + ORBIT + "/tracking/posts");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        ComboBox<TrackedAccount> account = accountFilter();
        ComboBoxKt.setUserInput(account, "@nova");
        List<TrackedAccount> suggestions = ComboBoxKt.getSuggestionItems(account);
        assertThat(suggestions).isNotEmpty().allMatch(a -> (a.handle() + " " + a.displayName()).toLowerCase().contains("nova"));
        assertThat(ComboBoxKt.getSuggestions(account).getFirst()).startsWith("@" + suggestions.getFirst().handle() + " · ");

        TrackedAccount chosen = suggestions.getFirst();
        _setValue(account, chosen);
        assertThat(urlWritten()).contains("tracking/posts?").containsPattern("[?&]account=" + chosen.id() + "(&|$)");
        List<TrackedPost> rows = GridKt._fetch(grid("posts-grid"), 0, 50);
        assertThat(rows).isNotEmpty().allMatch(p -> p.accountId() == chosen.id());
    }

    @Test
    void anAccountInTheUrlIsRestoredAndOneOfAnotherGuildIsIgnored() {
        navigate("guilds/" + ORBIT + "/tracking/accounts");
        TrackedAccount orbitAccount = GridKt._get(grid("accounts-grid"), 0);
        navigate("guilds/" + ORBIT + "/tracking/posts");
        int all = GridKt._size(grid("posts-grid"));

        navigate("guilds/" + ORBIT + "/tracking/posts",
                QueryParameters.fromString("account=" + orbitAccount.id()));
        assertThat(accountFilter().getValue().id()).isEqualTo(orbitAccount.id());
        assertThat(GridKt._fetch(grid("posts-grid"), 0, 50)).allMatch(p -> ((TrackedPost) p).accountId() == orbitAccount.id());

        // 2000000 is an account of Nimbus: under Orbit it is no filter at all, and nothing of it shows
        navigate("guilds/" + ORBIT + "/tracking/posts", QueryParameters.fromString("account=2000000"));
        assertThat(accountFilter().getValue()).isNull();
        assertThat(GridKt._size(grid("posts-grid"))).isEqualTo(all);
        assertThat(GridKt._fetch(grid("posts-grid"), 0, 50)).noneMatch(p -> ((TrackedPost) p).accountId() == 2000000);
    }

    @Test
    void eachAccountRowLeadsToItsPosts() {
        navigate("guilds/" + ORBIT + "/tracking/accounts", QueryParameters.fromString("q=willow_"));
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        TrackedAccount first = GridKt._get(accounts, 0);
        RouterLink posts = (RouterLink) GridKt._getCellComponent(accounts, 0, "posts");
        assertThat(posts.getText()).isEqualTo("Posts");
        assertThat(posts.getHref()).isEqualTo("guilds/" + ORBIT + "/tracking/posts?account=" + first.id());

        Location target = new Location(posts.getHref());
        navigate(target.getPath(), target.getQueryParameters());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TrackedPostsView.class);
        assertThat(accountFilter().getValue().id()).isEqualTo(first.id());
        assertThat(GridKt._fetch(grid("posts-grid"), 0, 50)).isNotEmpty()
                .allMatch(p -> ((TrackedPost) p).accountHandle().equals(first.handle()));
    }

    @Test
    void theSortInForceIsShownOnItsColumnAndUnsortedMeansTheDefault() throws Exception {
        navigate("guilds/" + ORBIT + "/tracking/accounts");
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        assertThat(sortShown(accounts)).isEqualTo("handle ASCENDING");

        navigate("guilds/" + ORBIT + "/tracking/posts", QueryParameters.fromString("sort=likes&dir=asc"));
        Grid<TrackedPost> posts = grid("posts-grid");
        assertThat(sortShown(posts)).isEqualTo("likes ASCENDING");

        // the user clicks the column on to "unsorted": the default order comes back, on its column
        Method sortersChanged = Grid.class.getDeclaredMethod("sortersChanged", ArrayNode.class);
        sortersChanged.setAccessible(true);
        sortersChanged.invoke(posts, JacksonUtils.createArrayNode());
        assertThat(sortShown(posts)).isEqualTo("postedAt DESCENDING");
        assertThat(urlWritten()).contains("tracking/posts").doesNotContain("sort=");
        List<TrackedPost> rows = GridKt._fetch(posts, 0, 5);
        assertThat(rows.get(0).postedAt()).isAfterOrEqualTo(rows.get(4).postedAt());
    }

    @Test
    void aDayRangeThatEndsBeforeItStartsIsMarkedOnToAndNotSearched() {
        navigate("guilds/" + ORBIT + "/tracking/posts", QueryParameters.fromString("from=2026-11-20&to=2026-11-10"));
        Grid<TrackedPost> posts = grid("posts-grid");
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("post-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("To is before From: pick a To on or after the From day.");
        assertThat(GridKt._size(posts)).isZero();
        assertThat(posts.getEmptyStateText()).isEqualTo("Correct the marked filter to see the list.");
        assertThat(_get(Span.class, spec -> spec.withId("post-count")).getText()).isEmpty();

        _setValue(to, LocalDate.of(2026, 12, 31));
        assertThat(to.isInvalid()).isFalse();
        assertThat(GridKt._size(posts)).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("post-count")).getText()).endsWith(" posts");
    }

    @Test
    void countsAndConfirmationsSpeakInPlurals() {
        navigate("guilds/" + ACME + "/tracking/accounts", QueryParameters.fromString("q=aurora_188"));
        assertThat(_get(Span.class, spec -> spec.withId("account-count")).getText()).isEqualTo("1 account");
        Grid<TrackedAccount> accounts = grid("accounts-grid");
        accounts.select(GridKt._get(accounts, 0));
        assertThat(_get(Span.class, spec -> spec.withId("account-selection")).getText()).isEqualTo("1 selected");
        _click(_get(Button.class, spec -> spec.withId("bulk-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("bulk-confirm"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Delete 1 account?");
        _click(_get(Button.class, spec -> spec.withId("bulk-delete"))); // still open: nothing sent
        ConfirmDialogKt._fireCancel(confirm);

        navigate("guilds/" + ORBIT + "/tracking/brands");
        TrackedBrand brand = GridKt._get(grid("brands-grid"), 0);
        assertThat(_get(Span.class, spec -> spec.withId("brand-count")).getText()).isEqualTo("24 brands");
        assertThat(UI.getCurrent().getTranslation("tracking.brands.delete.text", brand.name(), 0))
                .isEqualTo("“" + brand.name() + "” will be deleted. No account has this brand.");
        assertThat(UI.getCurrent().getTranslation("tracking.brands.delete.text", "Acme", 1)).contains("Its account ");
    }

    private static String sortShown(Grid<?> grid) {
        GridSortOrder<?> order = grid.getSortOrder().getFirst();
        return order.getSorted().getKey() + " " + order.getDirection();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TrackedAccount> accountFilter() {
        return _get(ComboBox.class, spec -> spec.withId("post-account-filter"));
    }

    /** The URLs the view wrote into the address bar since the last call. */
    private static String urlWritten() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(js -> js.getInvocation().getParameters().stream()).map(String::valueOf)
                .filter(p -> p.contains("tracking/")).reduce("", (x, y) -> x + " " + y);
    }

    /** Opens the edit dialog of a row through its edit button. */
    private final class AccountDialogOpener {
        private final Grid<TrackedAccount> grid;

        AccountDialogOpener(Grid<TrackedAccount> grid) {
            this.grid = grid;
        }

        void edit(int row) {
            Button edit = (Button) GridKt._getCellComponent(grid, row, "edit");
            _click(edit);
            settle();
        }
    }
}
