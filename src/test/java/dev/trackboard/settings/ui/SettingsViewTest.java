package dev.trackboard.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsClient;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.base.ui.NotFoundView;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.guild.ui.GuildOverviewView;
import dev.trackboard.security.DiscordUser;
import dev.trackboard.settings.SettingsService;
import dev.trackboard.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The settings screen on the embedded app: load, change, save, the API's field errors, the conflict
 * dialog after another session's save, and leaving with changes not saved. Orbit Esports (no
 * channel: its warning shows) is put back as it was after each test.
 */
class SettingsViewTest extends KaribuTest {

    private static final String SCREEN = "guilds/" + ORBIT + "/settings";
    private static final String TRACKED_POSTS = "400000000000000304";
    private static final String BRAND_ALERTS = "400000000000000305";

    @Autowired
    private SettingsService settings;
    @Autowired
    private SettingsClient client;
    @Autowired
    private SessionClient sessions;
    private SettingsDraft original;
    private DiscordUser alice;

    @BeforeEach
    void remember() {
        alice = signIn("alice");
        original = settings.settings(new GuildId(ORBIT)).draft();
    }

    @AfterEach
    void putBack() {
        signIn(alice);
        GuildSettings now = settings.settings(new GuildId(ORBIT));
        if (!now.draft().equals(original)) {
            settings.save(new GuildId(ORBIT), now.version(), original);
        }
    }

    @Test
    void savesOnlyWhatChangedAndShowsTheSavedValues() {
        navigate(SCREEN);

        assertThat(save().isEnabled()).isFalse();
        assertThat(channel().getValue()).isNull();
        assertThat(text("settings-health")).contains("No notification channel is set");

        _setValue(channel(), TRACKED_POSTS);
        assertThat(save().isEnabled()).isTrue();
        _setValue(channel(), null);
        assertThat(save().isEnabled()).as("back to the loaded value: nothing to save").isFalse();

        _setValue(channel(), TRACKED_POSTS);
        _setValue(minLikes(), 25);
        _click(save());
        settle();

        assertThat(save().isEnabled()).isFalse();
        assertThat(channel().getValue()).isEqualTo(TRACKED_POSTS);
        assertThat(minLikes().getValue()).isEqualTo(25);
        assertThat(text("settings-last-saved")).contains("Last saved");
        GuildSettings saved = settings.settings(new GuildId(ORBIT));
        assertThat(saved.notificationChannelId()).isEqualTo(TRACKED_POSTS);
        assertThat(saved.minLikes()).isEqualTo(25);

        navigate("guilds/" + ORBIT); // nothing unsaved: no question
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuildOverviewView.class);
        awaitUi("the overview's cards arrive", () -> !_find(Component.class, spec -> spec.withId("health-warnings")).isEmpty());
        assertThat(text("health-warnings")).doesNotContain("No notification channel is set");
        assertThat(text("settings-summary")).contains("#tracked-posts");
    }

    @Test
    void theFormsChecksAndTheApisFieldErrorsStopTheSave() {
        navigate(SCREEN);
        long version = settings.settings(new GuildId(ORBIT)).version();

        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-retentionDays")), 5);
        _click(save());
        settle();
        assertThat(_get(IntegerField.class, spec -> spec.withId("settings-retentionDays")).isInvalid()).isTrue();

        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-retentionDays")), 90);
        TextArea template = _get(TextArea.class, spec -> spec.withId("settings-messageTemplate"));
        _setValue(template, "{url} ".repeat(20)); // short as typed, far over 2,000 characters once filled in
        assertThat(template.isInvalid()).as("the form cannot know the worst case; the API does").isFalse();
        _click(save());
        settle();

        assertThat(template.isInvalid()).isTrue();
        assertThat(template.getErrorMessage()).contains("2,000 characters");
        assertThat(settings.settings(new GuildId(ORBIT)).version()).as("nothing saved").isEqualTo(version);
        assertThat(save().isEnabled()).isTrue();
    }

    @Test
    void thePreviewShowsTheMessageAsTextWithSampleValues() {
        navigate(SCREEN);
        TextArea template = _get(TextArea.class, spec -> spec.withId("settings-messageTemplate"));

        _setValue(template, "<b>{account}</b> on {platform} {nope}");

        Component preview = _get(Component.class, spec -> spec.withId("settings-preview"));
        assertThat(preview.getElement().getTextRecursively()).contains("<b>Aurora Sky</b> on YouTube {nope}");
        assertThat(preview.getElement().getChildren().flatMap(e -> e.getChildren()).flatMap(e -> e.getChildren())
                .anyMatch(e -> "b".equals(e.getTag()))).as("typed markup stays text").isFalse();
        assertThat(template.isInvalid()).isTrue();
        assertThat(template.getErrorMessage()).contains("{nope} is not a placeholder");
    }

    @Test
    void anotherSessionsSaveOpensTheConflictDialogAndMyChangesCanBeReapplied() {
        navigate(SCREEN);
        _setValue(minLikes(), 40);
        saveFromAnotherSession(TRACKED_POSTS);

        _click(save());
        settle();

        Dialog conflict = _get(Dialog.class, spec -> spec.withId("settings-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(text("settings-conflict-theirs")).contains("Notification channel");
        assertThat(text("settings-conflict-mine")).contains("Minimum likes");
        assertThat(_find(Paragraph.class, spec -> spec.withId("settings-conflict-both"))).isEmpty();
        GuildSettings theirs = settings.settings(new GuildId(ORBIT));
        assertThat(theirs.minLikes()).as("nothing of mine was written").isEqualTo(original.minLikes());

        _click(_get(Button.class, spec -> spec.withId("settings-conflict-apply")));
        settle();

        GuildSettings both = settings.settings(new GuildId(ORBIT));
        assertThat(both.notificationChannelId()).as("their change survives").isEqualTo(TRACKED_POSTS);
        assertThat(both.minLikes()).as("mine is applied on top").isEqualTo(40);
        assertThat(both.version()).isEqualTo(theirs.version() + 1);
        assertThat(channel().getValue()).isEqualTo(TRACKED_POSTS);
        assertThat(save().isEnabled()).isFalse();
    }

    @Test
    void loadingTheirVersionDropsMine() {
        navigate(SCREEN);
        _setValue(channel(), BRAND_ALERTS);
        _setValue(minLikes(), 40);
        saveFromAnotherSession(TRACKED_POSTS);

        _click(save());
        settle();
        assertThat(text("settings-conflict-both")).contains("Notification channel");
        _click(_get(Button.class, spec -> spec.withId("settings-conflict-load")));
        settle();

        assertThat(channel().getValue()).isEqualTo(TRACKED_POSTS);
        assertThat(minLikes().getValue()).isEqualTo(original.minLikes());
        assertThat(save().isEnabled()).isFalse();
        GuildSettings stored = settings.settings(new GuildId(ORBIT));
        assertThat(stored.notificationChannelId()).isEqualTo(TRACKED_POSTS);
        assertThat(stored.minLikes()).isEqualTo(original.minLikes());
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        navigate(SCREEN);
        _setValue(minLikes(), 7);

        navigate("guilds/" + ORBIT);
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("settings-leave"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SettingsView.class);
        ConfirmDialogKt._fireCancel(ask);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SettingsView.class);
        assertThat(minLikes().getValue()).isEqualTo(7);

        navigate("guilds/" + ORBIT);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("settings-leave")));
        settle();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuildOverviewView.class);
        assertThat(settings.settings(new GuildId(ORBIT)).minLikes()).isEqualTo(original.minLikes());
    }

    @Test
    void aHealthWarningsActionOpensTheSettingThatFixesIt() {
        navigate("guilds/" + ORBIT);
        awaitUi("the health card arrives", () -> !_find(Component.class, spec -> spec.withId("health-warnings")).isEmpty());

        _click(_get(Button.class, spec -> spec.withText("Choose a channel")));
        settle();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SettingsView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo(SCREEN + "?field=notificationChannelId");
    }

    @Test
    void aFieldParameterThatIsNoSettingIsIgnored() {
        navigate(SCREEN, QueryParameters.of("field", "<script>alert(1)</script>"));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SettingsView.class);
        assertThat(SettingsNavigation.field(UI.getCurrent().getActiveViewLocation())).isNull();
        assertThat(save().isEnabled()).isFalse();
    }

    @Test
    void bobCannotOpenAcmesSettings() {
        signIn("bob");

        navigate("guilds/" + ACME + "/settings");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    /** Another admin's tab: its own sign-in and API session, saving a channel on the current version. */
    private void saveFromAnotherSession(String channelId) {
        String token = new DemoSignIn(new TestHttp(emulatorPort()), emulatorPort()).discordAccessToken("alice");
        var other = sessions.startSession(token, "another tab", "127.0.0.1");
        GuildSettings current = client.settings(other, new GuildId(ORBIT));
        SettingsDraft draft = current.draft();
        client.save(other, new GuildId(ORBIT), current.version(), new SettingsDraft(draft.trackingEnabled(), channelId,
                draft.mentionRoleId(), draft.mentionEveryoneConfirmed(), draft.platforms(), draft.delivery(),
                draft.digestTime(), draft.quietHoursFrom(), draft.quietHoursTo(), draft.timeZone(),
                draft.messageTemplate(), draft.minLikes(), draft.retentionDays()));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("settings-save"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> channel() {
        return _get(ComboBox.class, spec -> spec.withId("settings-notificationChannelId"));
    }

    private static IntegerField minLikes() {
        return _get(IntegerField.class, spec -> spec.withId("settings-minLikes"));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
