package dev.trackboard.embedded.settings;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notification message template: text with the placeholders {@code {account}}, {@code {platform}},
 * {@code {url}}, {@code {brand}} and {@code {text}}. Discord refuses a message over 2,000 characters,
 * so a template is accepted only when its longest possible rendering fits: every placeholder counted
 * with the longest value the bot ever puts there ({@link #LONGEST}), plus room for the mention in front
 * of the message. Lengths are UTF-16 units (Java's and JavaScript's {@code length}), which never
 * undercounts what Discord counts.
 */
final class MessageTemplate {

    static final int DISCORD_LIMIT = 2_000;
    /** A role mention {@code <@&snowflake>} and a space (also covers {@code @everyone }). */
    static final int MENTION_RESERVE = 24;
    /**
     * The longest value of each placeholder: an account's display name (≤ 100), the platform's name
     * (INSTAGRAM), the post's link (the bot shortens longer ones), the brand's name (≤ 100) and the
     * post's text, which the bot cuts to 500 characters with an ellipsis.
     */
    static final Map<String, Integer> LONGEST = Map.of("account", 100, "platform", 9, "url", 512, "brand", 100, "text", 500);
    static final String DEFAULT = "New post by **{account}** on {platform}: {url}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** What is wrong with the template, or null when it is fine. */
    record Check(String problem, int worstCaseLength) { }

    private MessageTemplate() {
    }

    static Check check(String template) {
        Set<String> unknown = new LinkedHashSet<>();
        int worstCase = MENTION_RESERVE;
        int literalFrom = 0;
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            Integer longest = LONGEST.get(matcher.group(1));
            if (longest == null) {
                unknown.add(matcher.group());
                continue;
            }
            worstCase += matcher.start() - literalFrom + longest;
            literalFrom = matcher.end();
        }
        worstCase += template.length() - literalFrom;
        if (!unknown.isEmpty()) {
            String shown = unknown.stream().limit(3).map(MessageTemplate::shorten).reduce((a, b) -> a + ", " + b).orElseThrow();
            return new Check("unknown placeholder " + shown + "; use {account}, {platform}, {url}, {brand} or {text}",
                    worstCase);
        }
        if (worstCase > DISCORD_LIMIT) {
            return new Check(String.format(java.util.Locale.ROOT,
                    "can render to %,d characters with the longest values; Discord allows %,d", worstCase, DISCORD_LIMIT),
                    worstCase);
        }
        return new Check(null, worstCase);
    }

    private static String shorten(String placeholder) {
        return placeholder.length() <= 40 ? placeholder : placeholder.substring(0, 39) + "…}";
    }
}
