package dev.trackboard.settings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notification as a Discord channel would show it, from the template being edited, with sample
 * values in the placeholders. Text only and set as text (never markup): what the admin types,
 * HTML included, appears exactly as typed, as Discord shows it too; an unknown placeholder stays
 * as written (the form and the API refuse it).
 */
final class MessagePreview extends Div {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** The placeholders the bot fills (the API refuses any other). */
    static final java.util.Set<String> KNOWN = java.util.Set.of("account", "platform", "url", "brand", "text");

    private final Span mention = new Span();
    private final Div body = new Div();

    MessagePreview() {
        setId("settings-preview");
        addClassName("tb-discord-preview");
        Span author = new Span(getTranslation("settings.preview.author"));
        author.addClassName("tb-discord-author");
        Span bot = new Span(getTranslation("settings.preview.bot"));
        bot.addClassName("tb-discord-bot-tag");
        Div avatar = new Div();
        avatar.addClassName("tb-discord-avatar");
        Div header = new Div(author, bot);
        header.addClassName("tb-discord-header");
        mention.addClassName("tb-discord-mention");
        body.addClassName("tb-discord-body");
        Div message = new Div(header, new Div(mention, body));
        message.addClassName("tb-discord-message");
        add(avatar, message);
        getElement().setAttribute("aria-label", getTranslation("settings.preview.label"));
    }

    /** {@code mentionName}: the role the message mentions, or null. */
    void show(String template, String mentionName) {
        mention.setText(mentionName == null ? "" : "@" + mentionName + " ");
        mention.setVisible(mentionName != null);
        body.setText(render(template == null ? "" : template));
    }

    String render(String template) {
        Map<String, String> samples = Map.of("account", getTranslation("settings.preview.sample.account"),
                "platform", getTranslation("settings.preview.sample.platform"),
                "url", getTranslation("settings.preview.sample.url"),
                "brand", getTranslation("settings.preview.sample.brand"),
                "text", getTranslation("settings.preview.sample.text"));
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String sample = samples.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(sample == null ? placeholder.group() : sample));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}
