package dev.trackboard.status.ui;

/**
 * Builds a small SVG document with every attribute value and text escaped. Charts put only numbers,
 * dates and translated labels into it, never user-supplied text — and even those are escaped.
 */
final class SvgMarkup {

    private final StringBuilder svg = new StringBuilder();

    SvgMarkup(int width, int height, String label) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\" preserveAspectRatio=\"none\">");
    }

    SvgMarkup rect(String cssClass, double x, double y, double width, double height, String tooltip) {
        svg.append("<rect class=\"").append(escape(cssClass)).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\" rx=\"2\">");
        if (tooltip != null) {
            svg.append("<title>").append(escape(tooltip)).append("</title>");
        }
        svg.append("</rect>");
        return this;
    }

    SvgMarkup line(String cssClass, double x1, double y1, double x2, double y2) {
        svg.append("<line class=\"").append(escape(cssClass)).append("\" x1=\"").append(number(x1)).append("\" y1=\"")
                .append(number(y1)).append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\"/>");
        return this;
    }

    SvgMarkup text(String cssClass, double x, double y, String anchor, String text) {
        svg.append("<text class=\"").append(escape(cssClass)).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" text-anchor=\"").append(escape(anchor)).append("\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    String build() {
        return svg + "</svg>";
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
