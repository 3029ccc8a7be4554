package org.dualimpact.console.spo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.ledger.ContributionProgress.LineProgress;
import org.dualimpact.kernel.spo.ContributionType;

/**
 * The agreement's delivery per commitment line, as the page draws it: committed, recorded, confirmed
 * and disputed (the kernel's {@link LineProgress}, net of corrections), in pounds for a financial line
 * and in its quantity otherwise, with the length of each bar of the chart drawn on the server.
 */
public record Delivery(List<Line> lines) {

    /** The chart's width for the longest bar, in the SVG's user units. */
    public static final int BAR_SPACE = 360;
    /** Height of one line's block of four bars. */
    public static final int LINE_HEIGHT = 116;

    /** One commitment line's four figures, as text and as bar lengths. */
    public record Line(int number, String label, List<Figure> figures) {

        public int top() {
            return (number - 1) * LINE_HEIGHT;
        }
    }

    /** One of committed, recorded, confirmed, disputed. */
    public record Figure(String name, String text, int length, String colour) {
    }

    public static Delivery of(List<LineProgress> progress) {
        return new Delivery(progress.stream().map(Delivery::line).toList());
    }

    public int height() {
        return Math.max(1, lines.size()) * LINE_HEIGHT;
    }

    private static Line line(LineProgress p) {
        boolean money = p.type() == ContributionType.FINANCIAL;
        BigDecimal[] values = money
                ? new BigDecimal[] {p.committedValue().amount(), p.recordedValue().amount(), p.confirmedValue().amount(),
                    p.disputedValue().amount()}
                : new BigDecimal[] {p.committedQuantity(), p.recordedQuantity(), p.confirmedQuantity(), p.disputedQuantity()};
        BigDecimal longest = BigDecimal.ONE;
        for (BigDecimal v : values) {
            longest = v.compareTo(longest) > 0 ? v : longest;
        }
        String[] names = {"Committed", "Recorded", "Confirmed", "Disputed"};
        String[] colours = {"#505a5f", "#1d70b8", "#00703c", "#d4351c"};
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int length = values[i].signum() <= 0 ? 0 : Math.max(2, values[i].multiply(BigDecimal.valueOf(BAR_SPACE))
                    .divide(longest, 0, RoundingMode.HALF_UP).intValue());
            figures.add(new Figure(names[i], money ? Formats.money(values[i]) : Formats.quantity(values[i]), length, colours[i]));
        }
        String label = "Line " + p.line() + ": " + Formats.words(p.type()) + ", " + p.measureCode()
                + (money ? " (£)" : p.type() == ContributionType.VOLUNTEERING ? " (hours)" : " (quantity)");
        return new Line(p.line(), label, List.copyOf(figures));
    }
}
