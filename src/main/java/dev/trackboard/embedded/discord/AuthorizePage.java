package dev.trackboard.embedded.discord;

import java.util.List;
import java.util.Map;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The emulator's HTML pages: self-contained (inline CSS), every value escaped. */
final class AuthorizePage {

    private static final Map<String, String> SCOPE_WORDS = Map.of(
            "identify", "Access your username, avatar and banner",
            "guilds", "Know what servers you're in",
            "email", "Access your email address");

    /**
     * Discord's light colours, and its dark ones when the browser prefers dark: these pages are plain HTML outside
     * Vaadin, so they follow {@code prefers-color-scheme} themselves (Trackboard's own theme attribute does not reach
     * them). Every text pair is WCAG AA in both (DarkModeContrastBrowserIT).
     */
    private static final String STYLE = """
            :root{color-scheme:light dark;--page:#f2f3f5;--card:#fff;--text:#313338;--strong:#060607;--muted:#4e5058;
            --line:#e1e2e4;--shadow:rgba(0,0,0,.12);--cancel:#313338}
            @media (prefers-color-scheme:dark){:root{--page:#313338;--card:#2b2d31;--text:#dbdee1;--strong:#f2f3f5;
            --muted:#b5bac1;--line:#3f4147;--shadow:rgba(0,0,0,.35);--cancel:#dbdee1}}
            body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
            background:var(--page);font-family:'gg sans','Noto Sans','Helvetica Neue',Helvetica,Arial,sans-serif;color:var(--text)}
            .card{background:var(--card);border-radius:8px;box-shadow:0 8px 24px var(--shadow);width:420px;max-width:92vw;padding:28px}
            h1{font-size:20px;color:var(--strong);margin:0 0 6px}.sub{color:var(--muted);font-size:14px;margin:0 0 18px}
            .note{background:#f0b232;color:#1e1f22;border-radius:4px;padding:8px 10px;font-size:13px;font-weight:600;margin-bottom:18px}
            ul{list-style:none;padding:0;margin:0 0 20px}li{padding:8px 0;border-bottom:1px solid var(--line);font-size:14px}
            li:before{content:'\\2713';color:#23a55a;font-weight:700;margin-right:10px}
            .who{font-size:12px;text-transform:uppercase;letter-spacing:.02em;color:var(--muted);font-weight:700;margin:0 0 8px}
            button{display:block;width:100%;border:0;border-radius:4px;padding:11px 14px;margin:0 0 8px;font-size:15px;
            font-weight:600;cursor:pointer;text-align:left;color:#fff;background:#5865f2}button:hover{background:#4752c4}
            button small{display:block;font-weight:400}button.cancel{background:transparent;color:var(--cancel);text-align:center}
            button.cancel:hover{text-decoration:underline}button:focus-visible{outline:2px solid #00a8fc;outline-offset:2px}""";

    private AuthorizePage() {
    }

    record SignInUser(String username, String globalName) { }

    static String consent(String appName, AuthorizationRequest request, List<SignInUser> users) {
        StringBuilder html = head("Authorize " + appName).append("<main class=\"card\">");
        html.append("<div class=\"note\">Embedded demo — no real Discord. Nothing leaves this machine.</div>");
        html.append("<h1>").append(htmlEscape(appName)).append(" wants to access your Discord account</h1>");
        html.append("<p class=\"sub\">This will allow the developer of ").append(htmlEscape(appName)).append(" to:</p><ul>");
        for (String scope : request.scopes()) {
            html.append("<li>").append(htmlEscape(SCOPE_WORDS.getOrDefault(scope, scope))).append("</li>");
        }
        html.append("</ul><form method=\"post\" action=\"/embedded/discord/oauth2/authorize\">");
        request.formFields().forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(htmlEscape(name)).append("\" value=\"").append(htmlEscape(value)).append("\">"));
        html.append("<p class=\"who\">Continue as</p>");
        for (SignInUser user : users) {
            String name = htmlEscape(user.username());
            html.append("<button type=\"submit\" name=\"login_as\" value=\"").append(name)
                    .append("\" id=\"login-as-").append(name).append("\">")
                    .append(htmlEscape(user.globalName() == null ? user.username() : user.globalName()))
                    .append("<small>@").append(name).append("</small></button>");
        }
        html.append("<button type=\"submit\" name=\"deny\" value=\"true\" id=\"deny\" class=\"cancel\">Cancel</button>");
        return html.append("</form></main></body></html>").toString();
    }

    static String message(String title, String text) {
        return head(title).append("<main class=\"card\"><div class=\"note\">Embedded demo — no real Discord.</div><h1>")
                .append(htmlEscape(title)).append("</h1><p class=\"sub\">").append(htmlEscape(text))
                .append("</p></main></body></html>").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\"><title>").append(htmlEscape(title))
                .append(" | Discord (embedded demo)</title><style>").append(STYLE).append("</style></head><body>");
    }
}
