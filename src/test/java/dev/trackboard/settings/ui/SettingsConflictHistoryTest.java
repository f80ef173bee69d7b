package dev.trackboard.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.NIMBUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.audit.AuditClient;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsClient;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.settings.SettingsService;
import dev.trackboard.testing.KaribuTest;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conflict dialog names who changed what since this admin opened the settings: every save by
 * another admin (bob, on Nimbus Studio, which both administer), with the time in the user's zone and
 * each field before → after in the screen's words; and it keeps its choices when the audit trail
 * cannot be read. Nimbus is put back as the fixture has it after each test.
 */
class SettingsConflictHistoryTest extends KaribuTest {

    private static final String SCREEN = "guilds/" + NIMBUS + "/settings";
    private static final String BRAND_ALERTS = "400000000000000205";

    @Autowired
    private SettingsService settings;
    @Autowired
    private SettingsClient client;
    @Autowired
    private AuditClient audit;
    @Autowired
    private SessionClient sessions;
    private SettingsDraft original;

    @BeforeEach
    void remember() {
        signIn("alice");
        original = settings.settings(new GuildId(NIMBUS)).draft();
    }

    @AfterEach
    void putBack() {
        signIn("alice");
        GuildSettings now = settings.settings(new GuildId(NIMBUS));
        if (!now.draft().equals(original)) {
            settings.save(new GuildId(NIMBUS), now.version(), original);
        }
    }

    @Test
    void theDialogListsEverySaveOfTheOtherAdminSinceIOpenedThePage() {
        browserTimeZone("Asia/Tokyo");
        navigate(SCREEN);
        _setValue(field("settings-retentionDays"), 120);
        ApiSession bob = session("bob");
        saveAs(bob, draft -> with(draft, BRAND_ALERTS, draft.minLikes()));
        saveAs(bob, draft -> with(draft, draft.notificationChannelId(), 60));

        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        settle();

        assertThat(_get(Dialog.class, spec -> spec.withId("settings-conflict")).isOpened()).isTrue();
        List<ListItem> saves = _find(ListItem.class, spec -> spec.withClasses("tb-settings-history-save"));
        assertThat(saves).hasSize(2);
        AuditEntry channelSave = bobsSaves(bob).get(1);
        assertThat(UserTime.of(UI.getCurrent()).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(text(saves.get(0))).contains("Bob Okafor", UserTime.of(UI.getCurrent()).dateTime(channelSave.createdAt()))
                .contains("Notification channel: #tracked-posts → #brand-alerts").doesNotContain("Minimum likes");
        assertThat(text(saves.get(1))).contains("Bob Okafor", "Minimum likes: 50 → 60");
        assertThat(text(_get(Component.class, spec -> spec.withId("settings-conflict-who")))).contains("Bob Okafor");

        _click(_get(Button.class, spec -> spec.withId("settings-conflict-apply")));
        settle();
        GuildSettings both = settings.settings(new GuildId(NIMBUS));
        assertThat(both.notificationChannelId()).isEqualTo(BRAND_ALERTS);
        assertThat(both.minLikes()).isEqualTo(60);
        assertThat(both.retentionDays()).isEqualTo(120);
    }

    @Test
    void withoutTheAuditTrailTheDialogSaysSoAndKeepsItsChoices() {
        navigate(SCREEN);
        GuildSettings loaded = settings.settings(new GuildId(NIMBUS));
        SettingsState state = new SettingsState(new GuildId(NIMBUS), loaded, List.of(), List.of());

        new SettingsConflictDialog(loaded.draft(), loaded.draft(), loaded.draft(), loaded, "another admin",
                new SettingsSavesList(null, state, id -> false), () -> { }, draft -> { }).open();

        assertThat(text(_get(Component.class, spec -> spec.withId("settings-conflict-history-unavailable"))))
                .contains("cannot be shown right now");
        for (String choice : List.of("settings-conflict-load", "settings-conflict-apply", "settings-conflict-cancel")) {
            assertThat(_get(Button.class, spec -> spec.withId(choice)).isEnabled()).isTrue();
        }
        assertThat(_find(ListItem.class, spec -> spec.withClasses("tb-settings-history-save"))).isEmpty();
    }

    private ApiSession session(String user) {
        String token = new DemoSignIn(new TestHttp(emulatorPort()), emulatorPort()).discordAccessToken(user);
        return sessions.startSession(token, "another admin", "127.0.0.1");
    }

    private void saveAs(ApiSession session, java.util.function.UnaryOperator<SettingsDraft> change) {
        GuildSettings current = client.settings(session, new GuildId(NIMBUS));
        client.save(session, new GuildId(NIMBUS), current.version(), change.apply(current.draft()));
    }

    /** Bob's settings saves on Nimbus, newest first. */
    private List<AuditEntry> bobsSaves(ApiSession bob) {
        return audit.page(bob, new GuildId(NIMBUS), new AuditQuery("100000000000000002", "SETTINGS_UPDATED", "SETTINGS",
                null, null, null), null, 2).items();
    }

    private static SettingsDraft with(SettingsDraft d, String channelId, int minLikes) {
        return new SettingsDraft(d.trackingEnabled(), channelId, d.mentionRoleId(), d.mentionEveryoneConfirmed(),
                d.platforms(), d.delivery(), d.digestTime(), d.quietHoursFrom(), d.quietHoursTo(), d.timeZone(),
                d.messageTemplate(), minLikes, d.retentionDays());
    }

    private static IntegerField field(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
