package dev.trackboard.embedded.demo;

import java.util.List;

/**
 * Names for the generated tracking demo data, including the hostile ones the UI must show as plain
 * text (QUALITY.md, "Input"): markup, script, an RTL override, zero-width characters, emoji and a
 * 10 kB post.
 */
final class DemoTrackingWorld {

    static final List<String> BRAND_NAMES = List.of(
            "Aurora Audio", "Bolt Bikes", "Cedar Coffee", "Drift Games", "Ember Outdoor", "Fable Books",
            "Glint Optics", "Harbor Tea", "Ion Mobile", "Juniper Skincare", "Kite Studio", "Lumen Lamps",
            "Maple Kitchen", "Nova Sneakers", "Orbit Drones", "Pixel Forge", "Quill Paper", "Ridge Apparel",
            "Summit Snacks", "Tidal Swim", "Umbra Cameras", "Vale Watches", "Willow Home", "Zephyr Fans");

    /** Each sorts after the real brands (the markup one behind a name): a list opens on ordinary brands. */
    static final List<String> HOSTILE_BRAND_NAMES = List.of(
            "Zulu <img src=x onerror=alert('brand')>",
            "\u202Ednarb lasrever\u202C RTL",
            "Zero\u200BWidth\u200DBrand",
            "🚀 Rocket Co 🎉");

    static final List<String> WORDS = List.of(
            "nova", "pixel", "maple", "ember", "drift", "cedar", "harbor", "quill", "summit", "tidal", "willow",
            "zephyr", "aurora", "bolt", "glint", "kite", "ridge", "umbra", "vale", "fable", "ion", "juniper");

    static final List<String> HOSTILE_DISPLAY_NAMES = List.of(
            "<script>alert(\"account\")</script>",
            "\u202Etnuocca\u202C mirrored",
            "Zero\u200B\u200C\u200Dwidth\uFEFF",
            "👩‍👩‍👧‍👦🇸🇪✨ family account 🔥");

    static List<String> hostilePosts() {
        return List.of(
                "<script>alert('xss')</script><img src=x onerror=\"alert(1)\"> <b>not bold</b> &amp; &lt;tags&gt;",
                "Price \u202E10.0$\u202C only today — RTL override in the middle",
                "Zero\u200Bwidth\u200Cjoiners\u200Dinside\uFEFF words and a soft\u00ADhyphen",
                "🚀🔥 Launch week 👩‍👩‍👧‍👦 🇸🇪 ✨ emoji 😀😃😄😁😆😅🤣😂🙂🙃",
                "javascript:alert(1) {{7*7}} ${7*7} </td></tr></table> \" onmouseover=\"alert(2)",
                tenKilobytes());
    }

    private static String tenKilobytes() {
        StringBuilder text = new StringBuilder("A very long post: ");
        text.append("x".repeat(600)).append(' ');
        while (text.length() < 10_000) {
            text.append("lorem ipsum dolor sit amet, consectetur adipiscing elit ");
        }
        return text.substring(0, 10_000);
    }

    private DemoTrackingWorld() {
    }
}
