package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * trackboard.css keeps its colours in two token blocks, light on {@code html} and dark on {@code html[theme~="dark"]}
 * (docs/decisions/0155): a colour written into a rule would stay the same in dark. The dark block has one copy, for
 * "same as the system" on a dark system ({@code theme="light-dark"}, decision 0142), which must stay identical.
 */
class StylesheetColourTokensTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/static/styles/trackboard.css");
    private static final String LIGHT = "html {\n  --tb-brand:";
    private static final String DARK = "html[theme~=\"dark\"] {";
    private static final String SYSTEM_DARK = "html[theme~=\"light-dark\"] {";
    private static final String SYSTEM_DARK_QUERY = "@media (prefers-color-scheme: dark) {";
    private static final Pattern COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|oklch|oklab|light-dark)\\(|(?<![-\\w])(?:white|black)(?![-\\w])");
    private static final Pattern TOKEN_DEFINITION = Pattern.compile("(--tb-[a-z0-9-]+)\\s*:");
    private static final Pattern TOKEN_USE = Pattern.compile("var\\((--tb-[a-z0-9-]+)");

    @Test
    void noRuleOutsideTheTokenBlocksNamesAColour() throws IOException {
        String css = withoutTokenBlocks(withoutComments(Files.readString(STYLESHEET)));
        List<String> literal = new ArrayList<>();
        Matcher body = Pattern.compile("\\{([^{}]*)}").matcher(css);
        while (body.find()) {
            for (String declaration : body.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && COLOUR.matcher(declaration.substring(colon + 1)).find()) {
                    literal.add(declaration.trim());
                }
            }
        }
        assertThat(literal).as("colours outside the token blocks").isEmpty();
    }

    @Test
    void everyTokenInUseHasALightValueAndDarkOnlyOverridesLightTokens() throws IOException {
        String css = withoutComments(Files.readString(STYLESHEET));
        Set<String> light = definitions(block(css, LIGHT));
        Set<String> dark = definitions(block(css, DARK));
        Set<String> used = new LinkedHashSet<>();
        TOKEN_USE.matcher(css).results().forEach(use -> used.add(use.group(1)));
        assertThat(dark).isNotEmpty();
        assertThat(light).containsAll(dark);
        Set<String> definedAnywhere = definitions(css);
        assertThat(definedAnywhere).containsAll(used);
        // the state, chart and badge colours have a dark value
        assertThat(dark).contains("--tb-online", "--tb-degraded", "--tb-offline", "--tb-chart-posts",
                "--tb-chart-notifications", "--tb-demo-background", "--tb-card-shadow", "--tb-page-background");
    }

    @Test
    void theSystemThemesDarkBlockIsTheDarkBlock() throws IOException {
        String css = withoutComments(Files.readString(STYLESHEET));
        assertThat(declarations(block(css, SYSTEM_DARK))).isEqualTo(declarations(block(css, DARK)));
        assertThat(css.indexOf(SYSTEM_DARK_QUERY)).as("the copy applies only on a dark system")
                .isNotNegative().isLessThan(css.indexOf(SYSTEM_DARK));
    }

    @Test
    void theStylesheetFollowsTheOperatingSystemOnlyForTheSystemTheme() throws IOException {
        // the theme attribute is the switch (the preference sets it); Lumo sets color-scheme
        String css = withoutComments(Files.readString(STYLESHEET));
        assertThat(css.replace(SYSTEM_DARK_QUERY, "")).doesNotContain("color-scheme");
        assertThat(css.split(Pattern.quote(SYSTEM_DARK_QUERY), -1)).hasSize(2);
    }

    private static List<String> declarations(String block) {
        String inside = block.substring(block.indexOf('{') + 1, block.lastIndexOf('}'));
        return java.util.Arrays.stream(inside.split(";")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    private static Set<String> definitions(String css) {
        Set<String> names = new LinkedHashSet<>();
        TOKEN_DEFINITION.matcher(css).results().forEach(definition -> names.add(definition.group(1)));
        return names;
    }

    private static String block(String css, String opening) {
        int start = css.indexOf(opening);
        assertThat(start).as(opening).isNotNegative();
        return css.substring(start, css.indexOf('}', start) + 1);
    }

    private static String withoutTokenBlocks(String css) {
        return css.replace(block(css, LIGHT), "").replace(block(css, DARK), "").replace(block(css, SYSTEM_DARK), "");
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
