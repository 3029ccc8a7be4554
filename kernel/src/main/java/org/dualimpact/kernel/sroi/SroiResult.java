package org.dualimpact.kernel.sroi;

import java.math.BigDecimal;
import java.util.List;

/**
 * SROI figures, gross (before deadweight, displacement and attribution) and net side by side: per
 * line and year, and in total. NPV = PV − investment; ratio = PV ÷ investment (absent when nothing was
 * invested). Amounts in GBP to the penny, ratios to 4 decimals.
 */
public record SroiResult(BigDecimal discountRate, List<Line> lines, BigDecimal grossPresentValue,
        BigDecimal netPresentValue, BigDecimal investment, BigDecimal grossNpv, BigDecimal netNpv, BigDecimal grossRatio,
        BigDecimal netRatio, List<String> notValued) {

    /** One year of one line: the value before discounting, the discount factor 1 ÷ (1 + r)^t, the present values. */
    public record Year(int year, BigDecimal gross, BigDecimal net, BigDecimal discountFactor, BigDecimal grossPresentValue,
            BigDecimal netPresentValue) {
    }

    /** One outcome over its years. */
    public record Line(String label, BigDecimal grossFirstYear, BigDecimal netFirstYear, BigDecimal dropOff, List<Year> years,
            BigDecimal grossPresentValue, BigDecimal netPresentValue, BigDecimal investment) {
    }

    public SroiResult {
        lines = List.copyOf(lines);
        notValued = List.copyOf(notValued);
    }
}
