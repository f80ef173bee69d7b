package dev.trackboard.account.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import dev.trackboard.account.PreferencesService;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.security.DiscordUser;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /account}: who you are on Discord (from the sign-in, no call) and your preferences (from the
 * API, loaded off the session lock; while it does not answer the section says so and tries again by
 * itself). Every signed-in user sees only their own; there is nothing to name another user by.
 */
@Route("account")
@PermitAll
public class AccountView extends Div implements PageSection {

    public AccountView(CurrentUser currentUser, PreferencesService preferences, AccountPreferences saving,
                       Background background) {
        addClassName("tb-page");
        setId("account");
        H1 title = new H1(getTranslation("account.title"));
        Paragraph subtitle = new Paragraph(getTranslation("account.subtitle"));
        subtitle.addClassName("tb-page-subtitle");
        add(title, subtitle);
        currentUser.find().ifPresent(user -> add(profile(user)));
        H2 heading = new H2(getTranslation("prefs.title"));
        heading.addClassName("tb-card-title");
        LoadedSection<Preferences> form = new LoadedSection<>(background, preferences::preferences,
                loaded -> new PreferencesForm(loaded, saving));
        form.setId("preferences");
        Div card = new Div(heading, form);
        card.addClassNames("tb-card", "tb-account-preferences");
        add(card);
    }

    private static Div profile(DiscordUser user) {
        Avatar avatar = new Avatar(user.displayName(), user.avatarUrl());
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        avatar.setId("account-avatar");
        Span name = new Span(user.displayName());
        name.addClassName("tb-account-name");
        name.setId("account-name");
        Span username = new Span("@" + user.username());
        username.addClassName("tb-muted");
        Span id = new Span(avatar.getTranslation("account.discordId", user.id()));
        id.addClassName("tb-muted");
        id.setId("account-id");
        Div texts = new Div(name, username, id);
        texts.addClassName("tb-account-texts");
        Div card = new Div(avatar, texts);
        card.addClassNames("tb-card", "tb-account-profile");
        return card;
    }

    @Override
    public String sectionTitle() {
        return getTranslation("account.title");
    }
}
