package org.dualimpact.console.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.rollup.PublicImpactService.QuarterTotals;

/**
 * The recorded value per quarter as a bar chart drawn on the server (inline SVG, no script): one
 * horizontal bar per quarter, the longest {@link #BAR_SPACE} user units long. The table of quarters
 * beside it holds the same figures and is the accessible source; the SVG is an image with a title.
 */
public record QuarterChart(List<Bar> bars) {

    /** The longest bar, in the SVG's user units. */
    public static final int BAR_SPACE = 190;
    /** Where the bars start, after the quarter's label. */
    public static final int BAR_START = 76;
    /** The width of the SVG's view box: room for a label, the longest bar and {@code £1,000,000.00} after it. */
    public static final int WIDTH = 400;
    /** Height of one quarter's row. */
    public static final int ROW_HEIGHT = 30;

    /** One quarter: its label ({@code 2026-Q1}), the recorded value as text, and its bar's length and top. */
    public record Bar(String label, String text, int length, int top) {
    }

    public static QuarterChart of(List<QuarterTotals> quarters) {
        BigDecimal longest = BigDecimal.ONE;
        for (QuarterTotals q : quarters) {
            longest = q.totals().recordedValue().compareTo(longest) > 0 ? q.totals().recordedValue() : longest;
        }
        List<Bar> bars = new ArrayList<>();
        for (QuarterTotals q : quarters) {
            BigDecimal value = q.totals().recordedValue();
            int length = value.signum() <= 0 ? 0 : Math.max(2, value.multiply(BigDecimal.valueOf(BAR_SPACE))
                    .divide(longest, 0, RoundingMode.HALF_UP).intValue());
            bars.add(new Bar(q.quarter().toString(), Formats.money(value), length, bars.size() * ROW_HEIGHT));
        }
        return new QuarterChart(List.copyOf(bars));
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW_HEIGHT;
    }
}
