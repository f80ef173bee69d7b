package dev.trackboard.guild.ui;

import com.vaadin.flow.component.html.Div;

/** What a guild page shows while the API is asked whether the user may open the guild. */
final class GuildPending extends Div {

    private final Div note = new Div();

    GuildPending() {
        setId("guild-pending");
        addClassNames("tb-page", "tb-guild-pending");
        note.getElement().setAttribute("aria-live", "polite");
        Div skeleton = new Div();
        skeleton.addClassName("tb-section-loading");
        add(note, skeleton);
    }

    void loading() {
        note.setText(getTranslation("guild.loading"));
        note.setClassName("tb-muted");
    }

    void trouble(boolean rateLimited) {
        note.setText(getTranslation(rateLimited ? "section.rateLimited" : "section.unavailable"));
        note.setClassName("tb-inline-warning");
    }
}
