package dev.trackboard.faults;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.faults.FaultyApiProxy.Fault.DOWN;
import static dev.trackboard.faults.FaultyApiProxy.Fault.HOLD;
import static dev.trackboard.faults.FaultyApiProxy.Fault.RATE_LIMITED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import dev.trackboard.account.PreferencesService;
import dev.trackboard.api.preferences.Language;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.base.ui.ShownPreferences;
import dev.trackboard.base.ui.UserTime;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Preference saves against a slow or failing API: one save in flight per tab, the latest change
 * waiting and winning; the quick theme switch waits for the user's preferences (it sends all
 * three); a failed change is told under the field that changed, and a lost answer is read again
 * instead of guessed.
 */
class PreferencesFaultsTest extends ProductionDashboardTest {

    private static final Predicate<String> PREFERENCES = path -> path.contains("me/preferences");

    @Autowired
    private PreferencesService preferences;

    @AfterEach
    void putAlicesPreferencesBack() {
        proxy().heal();
        preferences.save(Preferences.DEFAULTS);
    }

    @Test
    void changesMadeWhileASaveIsUnansweredWaitAndTheLastChoiceWins() {
        navigate("account");
        int before = proxy().faulted();
        proxy().fail(HOLD, PREFERENCES);

        _setValue(_get(ComboBox.class, spec -> spec.withId("pref-zone")), "Asia/Tokyo");
        awaitProxy(before + 1);
        ContextMenuKt._clickItemWithID(userMenu(), "menu-theme-dark");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("pref-theme")), Theme.LIGHT);
        LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        assertThat(proxy().faulted()).as("one save in flight, the later changes wait").isEqualTo(before + 1);

        proxy().heal();
        settle();

        Preferences atTheApi = preferences.preferences();
        assertThat(atTheApi.theme()).as("the last choice, sent after the first answer").isEqualTo(Theme.LIGHT);
        assertThat(atTheApi.timeZone()).as("the first change kept").isEqualTo("Asia/Tokyo");
        assertThat(ShownPreferences.of(UI.getCurrent()).theme()).isEqualTo(Theme.LIGHT);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("pref-theme")).getValue()).isEqualTo(Theme.LIGHT);
        assertThat(_get(ComboBox.class, spec -> spec.withId("pref-zone")).getValue()).isEqualTo("Asia/Tokyo");
        assertThat(UserTime.of(UI.getCurrent()).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(themeItem("menu-theme-light").isChecked()).isTrue();
        assertThat(themeItem("menu-theme-dark").isChecked()).isFalse();
    }

    @Test
    void theQuickSwitchWaitsForTheUsersPreferencesInsteadOfOverwritingThem() {
        Preferences saved = new Preferences(Theme.LIGHT, "Asia/Tokyo", Language.ENGLISH, null);
        preferences.save(saved);
        int before = proxy().faulted();
        proxy().fail(HOLD, PREFERENCES);
        UI.getCurrent().navigate(""); // no session copy (Karibu has no prefetch filter); the tab's read is held
        awaitProxy(before + 1);
        assertThat(ShownPreferences.known(UI.getCurrent())).isFalse();
        NotificationsKt.clearNotifications();

        ContextMenuKt._clickItemWithID(userMenu(), "menu-theme-dark");

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(note ->
                assertThat(note.getElement().getProperty("text", "") + note.getElement().getTextRecursively())
                        .contains("have not arrived yet"));
        assertThat(ShownPreferences.of(UI.getCurrent()).theme()).as("not shown either").isNotEqualTo(Theme.DARK);
        LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        assertThat(proxy().faulted()).as("nothing sent").isEqualTo(before + 1);
        proxy().heal();
        awaitUi("the tab's read arrives", () -> ShownPreferences.known(UI.getCurrent()));
        assertThat(preferences.preferences().sameChoicesAs(saved)).as("nothing overwritten").isTrue();

        ContextMenuKt._clickItemWithID(userMenu(), "menu-theme-dark");
        settle();

        assertThat(preferences.preferences().sameChoicesAs(saved.withTheme(Theme.DARK)))
                .as("only the theme changed").isTrue();
    }

    @Test
    void aRefusedZoneIsToldUnderTheZoneAndPutBack() {
        navigate("account");
        proxy().retryAfter("1").fail(RATE_LIMITED, PREFERENCES);

        _setValue(_get(ComboBox.class, spec -> spec.withId("pref-zone")), "Asia/Tokyo");
        settle();

        ComboBox<?> zone = _get(ComboBox.class, spec -> spec.withId("pref-zone"));
        assertThat(zone.getValue()).as("put back").isEqualTo("");
        assertThat(zone.isInvalid()).isTrue();
        assertThat(zone.getErrorMessage()).contains("not saved");
        assertThat(field("pref-theme").isInvalid()).as("not under the theme").isFalse();
    }

    @Test
    void aRefusedThemeIsToldUnderTheThemeAndPutBackOnThePage() {
        navigate("account");
        proxy().retryAfter("1").fail(RATE_LIMITED, PREFERENCES);

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("pref-theme")), Theme.DARK);
        settle();

        RadioButtonGroup<?> theme = _get(RadioButtonGroup.class, spec -> spec.withId("pref-theme"));
        assertThat(theme.getValue()).isEqualTo(Theme.SYSTEM);
        assertThat(theme.isInvalid()).isTrue();
        assertThat(theme.getErrorMessage()).contains("not saved");
        assertThat(ShownPreferences.of(UI.getCurrent()).theme()).isEqualTo(Theme.SYSTEM);
        assertThat(field("pref-zone").isInvalid()).isFalse();
    }

    @Test
    void aLostAnswerIsReadAgainInsteadOfPutBack() {
        navigate("account");
        proxy().fail(DOWN, PREFERENCES); // the PUT is read and the connection closed: no answer

        _setValue(_get(ComboBox.class, spec -> spec.withId("pref-zone")), "Asia/Tokyo");
        settle();

        ComboBox<?> zone = _get(ComboBox.class, spec -> spec.withId("pref-zone"));
        assertThat(zone.getValue()).as("kept while unknown").isEqualTo("Asia/Tokyo");
        assertThat(zone.getErrorMessage()).contains("may or may not have been saved");
        assertThat(field("pref-theme").isInvalid()).isFalse();

        proxy().heal();
        awaitUi("read again by itself", () -> !"Asia/Tokyo".equals(
                _get(ComboBox.class, spec -> spec.withId("pref-zone")).getValue()));
        ComboBox<?> after = _get(ComboBox.class, spec -> spec.withId("pref-zone"));
        assertThat(after.getValue()).as("the proxy never forwarded it: what the API has").isEqualTo("");
        assertThat(after.getErrorMessage()).contains("was not saved");
    }

    private static MenuBar userMenu() {
        return _get(MenuBar.class, spec -> spec.withClasses("tb-user-menu"));
    }

    private static MenuItem themeItem(String id) {
        return (MenuItem) _get(userMenu(), MenuItem.class, spec -> spec.withId(id));
    }

    private static HasValidationProperties field(String id) {
        return (HasValidationProperties) _get(Component.class, spec -> spec.withId(id));
    }

    /** Waits (without settling: a held call would never settle) until the proxy has held {@code count}. */
    private static void awaitProxy(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (proxy().faulted() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the proxy never saw request " + count);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
