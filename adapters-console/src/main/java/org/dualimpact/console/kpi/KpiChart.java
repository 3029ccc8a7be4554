package org.dualimpact.console.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.dualimpact.console.Formats;

/**
 * Committed, recorded and confirmed GBP value per group (a month, a territory, an SDG target, …) as a bar
 * chart drawn on the server (inline SVG, no script): three horizontal bars under each group's label, all
 * on one scale, the longest {@link #BAR_SPACE} user units long. The table beside it holds the same figures
 * and is the accessible source; the SVG is an image with a title.
 */
public record KpiChart(List<Row> rows) {

    /** The longest bar, in the SVG's user units. */
    public static final int BAR_SPACE = 360;
    /** Where the bars start, after the figure's name. */
    public static final int BAR_START = 92;
    /** The view box's width: a name, the longest bar and {@code £10,000,000.00} after it. */
    public static final int WIDTH = 600;
    /** Height of one group: its label and three bars. */
    public static final int ROW_HEIGHT = 96;

    private static final String[] NAMES = {"Committed", "Recorded", "Confirmed"};
    private static final String[] COLOURS = {"#505a5f", "#1d70b8", "#00703c"};

    /** One group as the chart draws it: the label and its three bars, {@code top} in user units. */
    public record Row(String label, int top, List<Bar> bars) {
    }

    /** One bar: the figure's name, its value as text, its length and colour. */
    public record Bar(String name, String text, int length, String colour) {
    }

    /** What one group shows: its label and its three GBP values. */
    public record Series(String label, BigDecimal committed, BigDecimal recorded, BigDecimal confirmed) {
    }

    public static KpiChart of(List<Series> series) {
        BigDecimal longest = BigDecimal.ONE;
        for (Series s : series) {
            for (BigDecimal v : values(s)) {
                longest = v.compareTo(longest) > 0 ? v : longest;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Series s : series) {
            BigDecimal[] values = values(s);
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                bars.add(new Bar(NAMES[i], Formats.money(values[i]), length(values[i], longest), COLOURS[i]));
            }
            rows.add(new Row(s.label(), rows.size() * ROW_HEIGHT, List.copyOf(bars)));
        }
        return new KpiChart(List.copyOf(rows));
    }

    /** A bar's length: in proportion to the longest value, at least 2 units when above zero, none at or below it. */
    static int length(BigDecimal value, BigDecimal longest) {
        return value.signum() <= 0 ? 0 : Math.max(2, value.multiply(BigDecimal.valueOf(BAR_SPACE))
                .divide(longest, 0, RoundingMode.HALF_UP).intValue());
    }

    private static BigDecimal[] values(Series s) {
        return new BigDecimal[] {s.committed(), s.recorded(), s.confirmed()};
    }

    public int height() {
        return Math.max(1, rows.size()) * ROW_HEIGHT;
    }
}
