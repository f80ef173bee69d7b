package dev.trackboard.status.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.status.GuildUsage;
import dev.trackboard.base.ui.UserTime;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** A 30-day bar chart rendered on the server as SVG, with a tooltip per day and a total. */
final class UsageChart extends Div {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 190;
    private static final int LEFT = 46;
    private static final int BOTTOM = 22;
    private static final int TOP = 8;

    UsageChart(String id, String titleKey, String unitKey, String barClass, List<GuildUsage.Day> days,
               ToIntFunction<GuildUsage.Day> value) {
        setId(id);
        addClassName("tb-chart");
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        long total = days.stream().mapToLong(value::applyAsInt).sum();
        Span sum = new Span(getTranslation("usage.total", total));
        sum.addClassName("tb-chart-total");
        Div heading = new Div(new H3(getTranslation(titleKey)), sum);
        heading.addClassName("tb-chart-heading");
        add(heading, new Svg(svg(days, value, UserTime.of(this), numbers, getTranslation(titleKey), unitKey, barClass)));
    }

    private String svg(List<GuildUsage.Day> days, ToIntFunction<GuildUsage.Day> value, UserTime time,
                       NumberFormat numbers, String title, String unitKey, String barClass) {
        int max = Math.max(1, days.stream().mapToInt(value).max().orElse(1));
        int top = niceCeiling(max);
        double plotWidth = WIDTH - LEFT - 4.0;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, days.size());
        // the days are the API's (UTC) calendar days, so no zone applies; the axis keeps a short,
        // locale-ordered day and month ("24 Nov" / "Nov 24"), everything else is UserTime's style
        DateTimeFormatter axisDate = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(time.locale());
        SvgMarkup svg = new SvgMarkup(WIDTH, HEIGHT, getTranslation("usage.chart.label", title, days.size()));
        for (int step = 0; step <= 2; step++) {
            double y = TOP + plotHeight - plotHeight * step / 2;
            svg.line("tb-chart-grid", LEFT, y, WIDTH - 4, y);
            svg.text("tb-chart-axis", LEFT - 6, y + 4, "end", numbers.format((long) top * step / 2));
        }
        for (int i = 0; i < days.size(); i++) {
            GuildUsage.Day day = days.get(i);
            int amount = value.applyAsInt(day);
            double height = plotHeight * amount / top;
            double x = LEFT + i * slot + slot * 0.15;
            String tooltip = getTranslation("usage.bar", time.date(day.date()), getTranslation(unitKey, amount));
            svg.rect(barClass + (i == days.size() - 1 ? " tb-bar-today" : ""), x, TOP + plotHeight - height,
                    slot * 0.7, Math.max(height, 0.5), tooltip);
            if ((days.size() - 1 - i) % 7 == 0) {
                boolean last = i == days.size() - 1;
                svg.text("tb-chart-axis", last ? x + slot * 0.7 : x + slot * 0.35, HEIGHT - 6, last ? "end" : "middle",
                        axisDate.format(day.date()));
            }
        }
        return svg.build();
    }

    /**
     * The axis top: 1, 2 or 5 times a power of ten, at least {@code max} — and even, because the middle
     * line is labelled with half of it (a top of 1 or 5 would label it 0 or 2 instead of 0.5 or 2.5).
     */
    static int niceCeiling(int max) {
        if (max <= 10) {
            return max <= 2 ? 2 : max <= 4 ? 4 : max <= 6 ? 6 : 10;
        }
        int power = 10;
        while (power * 10 < max) {
            power *= 10;
        }
        for (int factor : new int[] {1, 2, 5}) {
            if (power * factor >= max) {
                return power * factor;
            }
        }
        return power * 10;
    }
}
