package dev.trackboard.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.ALICE;
import static dev.trackboard.testing.Demo.NIMBUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dev.trackboard.account.PreferencesService;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.preferences.Language;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.base.ui.ShownPreferences;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.testing.KaribuTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account screen: the Discord profile, and preferences that apply at once without a reload —
 * the theme on the page's root element, the language by rendering the screen again, the zone in
 * every shown time and in the posts screen's date filter.
 */
class AccountViewTest extends KaribuTest {

    @Autowired
    PreferencesService preferences;
    @Autowired
    AccountPreferences saving;

    @BeforeEach
    void signInAsAlice() {
        signIn("alice");
        browserTimeZone("UTC");
    }

    @AfterEach
    void putAlicesPreferencesBack() {
        preferences.save(Preferences.DEFAULTS);
    }

    private static List<String> scriptsSent() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(js -> js.getExpression() + " " + js.getParameters()).toList();
    }

    @Test
    void theScreenShowsTheDiscordProfileAndTheSavedPreferences() {
        preferences.save(new Preferences(Theme.DARK, "Asia/Tokyo", Language.ENGLISH, null));

        navigate("account");

        assertThat(_get(Span.class, spec -> spec.withId("account-name")).getText()).isEqualTo("Alice Lindqvist");
        assertThat(_get(Span.class, spec -> spec.withId("account-id")).getText()).contains(ALICE);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("pref-theme")).getValue()).isEqualTo(Theme.DARK);
        assertThat(_get(ComboBox.class, spec -> spec.withId("pref-zone")).getValue()).isEqualTo("Asia/Tokyo");
        assertThat(_get(Select.class, spec -> spec.withId("pref-language")).getValue()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void preferencesSavedElsewhereAreShownAsSoonAsATabStarts() {
        preferences.save(new Preferences(Theme.DARK, "Asia/Tokyo", Language.GERMAN, null)); // e.g. on another node

        navigate("account");

        assertThat(UserTime.of(UI.getCurrent()).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(_get(H1.class).getText()).isEqualTo("Konto");
        assertThat(ShownPreferences.of(UI.getCurrent()).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void withoutAChosenZoneTheBrowsersIsSelected() {
        browserTimeZone("Europe/Berlin");

        navigate("account");

        ComboBox<?> zone = _get(ComboBox.class, spec -> spec.withId("pref-zone"));
        assertThat(zone.getValue()).isEqualTo(PreferencesForm.BROWSER_ZONE);
        @SuppressWarnings("unchecked")
        String label = ((ComboBox<String>) zone).getItemLabelGenerator().apply(PreferencesForm.BROWSER_ZONE);
        assertThat(label).contains("Europe/Berlin");
    }

    @Test
    void aThemeIsShownAtOnceSavedAndRememberedForTheNextPage() {
        navigate("account");
        scriptsSent();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("pref-theme")), Theme.DARK);

        assertThat(scriptsSent()).as("shown before the API answered")
                .anySatisfy(js -> assertThat(js).contains("setAttribute('theme'", "dark", "colorScheme"));
        settle();
        assertThat(ShownPreferences.of(UI.getCurrent()).theme()).isEqualTo(Theme.DARK);
        assertThat(preferences.preferences().theme()).as("saved at the API").isEqualTo(Theme.DARK);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(ShownPreferences.SESSION_ATTRIBUTE))
                .as("the next page's first paint").isInstanceOfSatisfying(Preferences.class,
                        known -> assertThat(known.theme()).isEqualTo(Theme.DARK));
        assertThat(_get(H1.class).getText()).isEqualTo("Account");
    }

    @Test
    void aLanguageRendersTheScreenAgainInThatLanguageWithoutAReload() {
        navigate("account");
        H1 before = _get(H1.class);

        _setValue(_get(Select.class, spec -> spec.withId("pref-language")), Language.GERMAN);
        settle();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        H1 after = _get(H1.class);
        assertThat(after).isNotSameAs(before);
        assertThat(after.getText()).isEqualTo("Konto");
        assertThat(_get(Select.class, spec -> spec.withId("pref-language")).getValue()).isEqualTo(Language.GERMAN);
        assertThat(scriptsSent()).noneMatch(js -> js.contains("location.reload"));
        assertThat(preferences.preferences().language()).isEqualTo(Language.GERMAN);
    }

    @Test
    void anUnknownZoneIsRefusedOnItsFieldAndNothingChanges() {
        navigate("account");

        AtomicReference<TrackingApiException> refused = new AtomicReference<>();

        saving.save(UI.getCurrent(), Preferences.DEFAULTS.withTimeZone("Mars/Olympus_Mons"), (failure, kept) -> refused.set(failure));
        settle();

        assertThat(refused.get()).isInstanceOfSatisfying(TrackingApiException.InvalidRequest.class, invalid ->
                assertThat(invalid.fieldErrors()).extracting(TrackingApiException.FieldError::code)
                        .containsExactly("UNKNOWN_ZONE"));
        assertThat(preferences.preferences().timeZone()).isNull();
        assertThat(UserTime.of(UI.getCurrent()).zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aZoneChangesTheShownTimesAndThePostsDateFilter() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        navigate("guilds/" + NIMBUS + "/tracking/posts", QueryParameters.fromString("from=" + day + "&to=" + day));
        Grid<TrackedPost> utcGrid = postsGrid();
        TrackedPost first = GridKt._get(utcGrid, 0);
        String shownInUtc = GridKt._getFormatted(utcGrid, 0, "postedAt");
        List<TrackedPost> utcRows = GridKt._fetch(utcGrid, 0, 500);
        assertThat(utcRows).isNotEmpty().allSatisfy(post ->
                assertThat(post.postedAt().atZone(ZoneId.of("UTC")).toLocalDate()).isEqualTo(day));

        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati"); // UTC+14: most posts of a UTC day fall on another
        AtomicReference<TrackingApiException> refused = new AtomicReference<>();
        saving.save(UI.getCurrent(), Preferences.DEFAULTS.withTimeZone(kiritimati.getId()), (failure, kept) -> refused.set(failure));
        settle();
        assertThat(refused.get()).isNull();

        Grid<TrackedPost> zonedGrid = postsGrid();
        assertThat(zonedGrid).as("the screen was rendered again").isNotSameAs(utcGrid);
        List<TrackedPost> zonedRows = GridKt._fetch(zonedGrid, 0, 500);
        assertThat(zonedRows).isNotEmpty().allSatisfy(post ->
                assertThat(post.postedAt().atZone(kiritimati).toLocalDate()).isEqualTo(day));
        assertThat(zonedRows).isNotEqualTo(utcRows);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString())
                .as("the filter is kept").contains("from=" + day);
        String shownThere = UserTime.of(UI.getCurrent()).dateTime(first.postedAt());
        assertThat(shownThere).isNotEqualTo(shownInUtc);
    }

    @Test
    void theUserMenuOpensAccountAndSessionsAndSwitchesTheThemeInEveryPlaceThatShowsIt() {
        navigate("account");
        MenuBar menu = _get(MenuBar.class, spec -> spec.withClasses("tb-user-menu"));
        RadioButtonGroup<?> radio = _get(RadioButtonGroup.class, spec -> spec.withId("pref-theme"));

        ContextMenuKt._clickItemWithID(menu, "menu-theme-dark");
        assertThat(scriptsSent()).as("at once, before the API answered")
                .anySatisfy(js -> assertThat(js).contains("setAttribute('theme'", "dark"));
        settle();

        assertThat(preferences.preferences().theme()).isEqualTo(Theme.DARK);
        assertThat(radio.getValue()).as("the account screen's radio follows").isEqualTo(Theme.DARK);
        MenuItem dark = (MenuItem) _get(menu, MenuItem.class, spec -> spec.withId("menu-theme-dark"));
        MenuItem light = (MenuItem) _get(menu, MenuItem.class, spec -> spec.withId("menu-theme-light"));
        assertThat(dark.isChecked()).isTrue();
        assertThat(light.isChecked()).isFalse();

        // the sessions screen comes from another branch (NAME=sessions); its entry is here, by route name
        MenuItem sessions = (MenuItem) _get(menu, MenuItem.class, spec -> spec.withId("menu-sessions"));
        assertThat(sessions.getText()).isEqualTo("Sessions");
        navigate("");
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withClasses("tb-user-menu")), "menu-account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccountView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TrackedPost> postsGrid() {
        return _get(Grid.class, spec -> spec.withId("posts-grid"));
    }
}
