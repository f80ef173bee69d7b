package dev.trackboard.settings.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.guild.GuildService;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.settings.SettingsService;
import jakarta.annotation.security.PermitAll;

/**
 * A guild's settings: loaded off the session lock with the guild's channels and roles (for the
 * pickers), edited in {@link SettingsEditor}. {@code ?field=} (an API field name, from a health
 * warning's action) puts the cursor in that setting; any other value is ignored. Leaving with
 * changes not saved asks first.
 */
@Route(value = "settings", layout = GuildLayout.class)
@PermitAll
public class SettingsView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, PageSection {

    private final SettingsService settings;
    private final GuildService guilds;
    private final Background background;
    private SettingsEditor editor;

    public SettingsView(SettingsService settings, GuildService guilds, Background background) {
        this.settings = settings;
        this.guilds = guilds;
        this.background = background;
        setId("guild-settings");
        addClassName("tb-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GuildDetail guild = CurrentGuild.of(event).orElse(null);
        if (guild == null) {
            return; // the layout is still asking the API, or the guild may not be opened
        }
        removeAll();
        GuildId guildId = guild.id();
        String field = SettingsNavigation.field(event.getLocation());
        editor = new SettingsEditor(settings, background);
        H1 title = new H1(sectionTitle());
        add(title, new LoadedSection<>(background, () -> new SettingsState(guildId, settings.settings(guildId),
                guilds.channels(guildId), guilds.roles(guildId)), state -> {
                    editor.show(state, null);
                    if (field != null) {
                        editor.focus(field);
                    }
                    return editor;
                }));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor == null || !editor.hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("settings-leave");
        ask.setHeader(getTranslation("settings.leave.title"));
        ask.setText(getTranslation("settings.leave.text"));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("settings.leave.stay"));
        ask.setConfirmText(getTranslation("settings.leave.confirm"));
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(e -> leave.proceed());
        ask.open();
    }

    @Override
    public String sectionTitle() {
        return getTranslation("nav.settings");
    }
}
