package dev.trackboard.access;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.LoginView;
import dev.trackboard.base.ui.NotFoundView;
import dev.trackboard.guild.ui.GuildOverviewView;
import dev.trackboard.guild.ui.GuildPickerView;
import dev.trackboard.legal.ui.PrivacyView;
import dev.trackboard.legal.ui.TermsView;
import dev.trackboard.testing.KaribuTest;
import dev.trackboard.tracking.ui.BrandsView;
import dev.trackboard.tracking.ui.TrackedAccountsView;
import dev.trackboard.tracking.ui.TrackedPostsView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Query parameters are untrusted: alice opens every route with a table of hostile values for each
 * parameter the screen knows, plus parameters no screen knows, repeated parameters and raw,
 * badly encoded query strings. Every time the screen must render (no exception, no error
 * notification, no "Something went wrong", no failed load) and the value must be ignored, or, for a
 * search text longer than its field, shown as a field error.
 */
class UrlParameterFuzzTest extends KaribuTest {

    /** Not one of these is a usable value for any parameter but the free-text search. */
    static final List<String> HOSTILE = List.of(
            "", " ", "abc", "1e5", "-1", "0", "+5", "0x1F", "1.5", "1,5", "NaN", "null", "undefined", "true",
            "99999999999999999999", "9223372036854775807", "9223372036854775808", "٣", "１２",
            "٢٠٢٦-٠١-٠١", "2026-02-30", "2026-13-01", "0000-00-00", "+999999999-12-31", "-999999999-01-01",
            "+10000-01-01", "1969-12-31", "2026-01-01T00:00:00Z", "01/31/2026", "20260131",
            "TIKTO\u212A", "pau\u017Fed", "x\u0000", "\u0000", "\u202e", "\u200b", "\ufeff", "\ud83d\ude00",
            "\ud800", "\ufffd", "%", "%00", "%zz", "<script>alert(1)</script>", "' OR '1'='1", "\\",
            "../../../etc/passwd", "${jndi:ldap://127.0.0.1/x}", "x".repeat(201), "x".repeat(10_000));

    /** Names no screen reads, some of them shaped like the ones it does. */
    static final List<String> UNKNOWN = List.of("zzz", "Q", "ACCOUNT", "account[]", "q[]", "v-r", "location",
            "__proto__", "constructor", "\u202eq", "", "x".repeat(2_000));

    private static final String POSTS = "guilds/" + ORBIT + "/tracking/posts";
    private static final String ACCOUNTS = "guilds/" + ORBIT + "/tracking/accounts";

    private long orbitBrand;
    private long orbitAccount;

    /** Alice, and an Orbit brand and account for the valid values. */
    private void signInAlice() {
        signIn("alice");
        navigate("guilds/" + ORBIT + "/tracking/brands");
        orbitBrand = GridKt._get(this.<TrackedBrand>grid("brands-grid"), 0).id();
        navigate(ACCOUNTS);
        orbitAccount = GridKt._get(this.<TrackedAccount>grid("accounts-grid"), 0).id();
    }

    /** Routes whose query parameters are only unknown ones, with the view each must still show. */
    static Stream<Arguments> routesWithoutParameters() {
        return Stream.of(
                Arguments.of("", GuildPickerView.class),
                Arguments.of("guilds/" + ORBIT, GuildOverviewView.class),
                Arguments.of("guilds/" + ORBIT + "/tracking", TrackedAccountsView.class),
                Arguments.of("guilds/" + ORBIT + "/tracking/brands", BrandsView.class),
                Arguments.of("login", GuildPickerView.class), // signed in: sign-in forwards to the picker
                Arguments.of("terms", TermsView.class),
                Arguments.of("privacy", PrivacyView.class),
                Arguments.of("guilds/299999999999999999", NotFoundView.class));
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("routesWithoutParameters")
    void unknownParametersWithHostileValuesChangeNothing(String route, Class<? extends Component> view) {
        signInAlice();
        List<String> failures = new ArrayList<>();
        // every unknown name at once, each with another hostile value, until every value was used
        for (int round = 0; round * UNKNOWN.size() < HOSTILE.size(); round++) {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            for (int i = 0; i < UNKNOWN.size(); i++) {
                parameters.put(UNKNOWN.get(i), List.of(HOSTILE.get((round * UNKNOWN.size() + i) % HOSTILE.size())));
            }
            check(failures, route, parameters, view, () -> { });
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Well-formed guild ids in the path that are no guild of alice's answer "not found", never an error
     * (ids that are no snowflake at all match no route: UrlParameterHttpTest loads those).
     */
    @Test
    void guildIdsOfNoGuildInThePathAnswerNotFound() {
        signIn("alice");
        List<String> failures = new ArrayList<>();
        for (String guild : List.of("00000000000000000", "99999999999999999999", "18446744073709551616",
                "200000000000000004", "200000000000000005")) {
            for (String screen : List.of("", "/tracking", "/tracking/accounts", "/tracking/posts", "/tracking/brands")) {
                check(failures, "guilds/" + guild + screen, Map.of("account", List.of("1")), NotFoundView.class, () -> { });
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theSignInPageTakesHostileParametersWhenSignedOut() {
        List<String> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            check(failures, "login", Map.of("error", List.of(value), "expired", List.of(value),
                    "zzz", List.of(value)), LoginView.class, () -> { });
        }
        assertThat(failures).isEmpty();
    }

    /** Each hostile value in every parameter of the screen at once (and in unknown ones). */
    private static Map<String, List<String>> everywhere(List<String> names, String value) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        names.forEach(name -> parameters.put(name, List.of(value)));
        UNKNOWN.forEach(name -> parameters.putIfAbsent(name, List.of(value)));
        return parameters;
    }

    @Test
    void thePostsScreenIgnoresEveryHostileValue() {
        signInAlice();
        List<String> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            check(failures, POSTS, everywhere(List.of("q", "platform", "brand", "account", "from", "to", "sort", "dir"),
                    value), TrackedPostsView.class, () -> expectPostFilters(value));
        }
        // and alone, so that a value cannot hide behind another parameter's
        for (String name : List.of("brand", "account", "from", "to")) {
            for (String value : List.of("abc", "1e5", "99999999999999999999", "-1", "+999999999-12-31", "٣")) {
                check(failures, POSTS, Map.of(name, List.of(value)), TrackedPostsView.class,
                        () -> expectPostFilters(null));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theAccountsScreenIgnoresEveryHostileValue() {
        signInAlice();
        List<String> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            check(failures, ACCOUNTS, everywhere(List.of("q", "platform", "brand", "status", "sort", "dir"), value),
                    TrackedAccountsView.class, () -> expectAccountFilters(value));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aRepeatedParameterCountsByItsFirstValue() {
        signInAlice();
        List<String> failures = new ArrayList<>();
        Map<String, String> valid = Map.of("platform", "x", "brand", String.valueOf(orbitBrand),
                "account", String.valueOf(orbitAccount), "from", "2026-01-01", "to", "2026-12-31", "sort", "likes");
        valid.forEach((name, good) -> {
            check(failures, POSTS, Map.of(name, List.of("abc", good)), TrackedPostsView.class,
                    () -> expectPostFilters(null));
            check(failures, POSTS, Map.of(name, List.of(good, "abc", "")), TrackedPostsView.class,
                    () -> assertThat(new PostFilters().describe()).isNotEqualTo(PostFilters.DEFAULT));
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void validValuesAtTheEdgesOfTheirRangeAreUsed() {
        signInAlice();
        List<String> failures = new ArrayList<>();
        check(failures, POSTS, Map.of("from", List.of("1970-01-01"), "to", List.of("9999-12-31"), "q",
                List.of("x".repeat(200)), "dir", List.of("asc")), TrackedPostsView.class, () -> {
                    PostFilters filters = new PostFilters();
                    assertThat(filters.from).isEqualTo(LocalDate.of(1970, 1, 1));
                    assertThat(filters.to).isEqualTo(LocalDate.of(9999, 12, 31));
                    assertThat(filters.search).isEqualTo("x".repeat(200));
                });
        assertThat(failures).isEmpty();
    }

    /** Query strings as a browser sends them, decoded the way the router decodes the address bar. */
    @Test
    void rawQueryStringsWithBrokenEncodingRenderTheScreen() {
        signInAlice();
        List<String> failures = new ArrayList<>();
        for (String raw : List.of("account=abc", "account=1e5", "account=99999999999999999999", "q=%zz", "q=%",
                "q=%ED%A0%80", "from=%F0%9F%98%80", "a&&&=&=b&account", "q=%00", "account=%2B5", "=&=", "&",
                "q=a%26account%3D1", "sort=likes%00", "account=" + "9".repeat(5_000))) {
            Map<String, List<String>> parameters;
            try {
                parameters = QueryParameters.fromString(raw).getParameters();
            } catch (RuntimeException e) {
                continue; // the framework refuses it before any screen sees it
            }
            check(failures, POSTS, parameters, TrackedPostsView.class, () -> { });
        }
        assertThat(failures).isEmpty();
    }

    // ---- the checks -------------------------------------------------------------------------

    private void check(List<String> failures, String route, Map<String, List<String>> parameters,
                       Class<? extends Component> view, Runnable fieldsCheck) {
        try {
            NotificationsKt.clearNotifications();
            navigate(route, new QueryParameters(parameters));
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(view);
            exerciseLazyData();
            MockVaadin.clientRoundtrip(false);
            assertThat(NotificationsKt.getNotifications()).isEmpty();
            String text = UI.getCurrent().getElement().getTextRecursively();
            assertThat(text).doesNotContain("Something went wrong", "Exception", "not answering");
            for (String failure : List.of("posts-load-failed", "accounts-load-failed")) {
                _find(Component.class, spec -> spec.withId(failure))
                        .forEach(banner -> assertThat(banner.isVisible()).as(failure).isFalse());
            }
            fieldsCheck.run();
        } catch (Throwable e) {
            failures.add("/" + route + " " + abbreviated(parameters) + " → " + abbreviated(e.toString())
                    + (e instanceof AssertionError ? "" : " at " + firstAppFrame(e)));
        }
    }

    /** Reads what lazy components would fetch, as the browser would after rendering. */
    private void exerciseLazyData() {
        for (Grid<?> grid : _find(Grid.class)) {
            int size = GridKt._size(grid);
            GridKt._fetch(grid, 0, Math.min(size, 20));
        }
        _find(ComboBox.class, spec -> spec.withId("post-account-filter"))
                .forEach(combo -> ComboBoxKt.getSuggestionItems(combo));
    }

    private static void expectPostFilters(String search) {
        PostFilters filters = new PostFilters();
        expectSearch(filters.searchField, search);
        assertThat(filters.describe()).isEqualTo(PostFilters.DEFAULT);
    }

    private static void expectAccountFilters(String search) {
        expectSearch(_get(TextField.class, spec -> spec.withId("account-search")), search);
        assertThat(_get(Select.class, spec -> spec.withId("account-platform-filter")).getValue()).isNull();
        assertThat(_get(Select.class, spec -> spec.withId("account-status-filter")).getValue()).isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("account-brand-filter")).getValue()).isNull();
        // the default order, shown on its column
        GridSortOrder<?> sort = (GridSortOrder<?>) _get(Grid.class, spec -> spec.withId("accounts-grid")).getSortOrder()
                .getFirst();
        assertThat(sort.getSorted().getKey() + " " + sort.getDirection()).isEqualTo("handle ASCENDING");
    }

    /** A search text is used as typed when it fits the field; a longer one is not used and says so. */
    private static void expectSearch(TextField field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > 200) {
            assertThat(field.getValue()).isEmpty();
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).contains("200 characters");
        } else {
            assertThat(field.getValue()).isEqualTo(stripped);
            assertThat(field.isInvalid()).isFalse();
        }
    }

    /** The posts screen's filters as shown. */
    private static final class PostFilters {
        static final String DEFAULT = "platform=null brand=null account=null from=null to=null sort=postedAt DESCENDING";

        final TextField searchField = _get(TextField.class, spec -> spec.withId("post-search"));
        final String search = searchField.getValue();
        final Object platform = _get(Select.class, spec -> spec.withId("post-platform-filter")).getValue();
        final Object brand = _get(ComboBox.class, spec -> spec.withId("post-brand-filter")).getValue();
        final Object account = _get(ComboBox.class, spec -> spec.withId("post-account-filter")).getValue();
        final LocalDate from = _get(DatePicker.class, spec -> spec.withId("post-from")).getValue();
        final LocalDate to = _get(DatePicker.class, spec -> spec.withId("post-to")).getValue();
        final GridSortOrder<?> sort = (GridSortOrder<?>) _get(Grid.class, spec -> spec.withId("posts-grid"))
                .getSortOrder().getFirst();

        String describe() {
            return "platform=" + platform + " brand=" + brand + " account=" + account + " from=" + from + " to=" + to
                    + " sort=" + sort.getSorted().getKey() + " " + sort.getDirection();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String firstAppFrame(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("dev.trackboard") && !frame.getClassName().endsWith("FuzzTest")) {
                    return frame.toString();
                }
            }
        }
        return "?";
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
    }
}
