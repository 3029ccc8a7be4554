package org.dualimpact.console.impact;

import java.math.BigDecimal;
import java.util.List;

import org.dualimpact.console.Errors;
import org.dualimpact.console.Formats;
import org.dualimpact.kernel.rollup.PublicImpactService.PublicImpact;
import org.dualimpact.kernel.rollup.Quarter;

/**
 * What a territory's or region's public page shows: the area, the quarters asked for (as typed), the
 * kernel's summary and the errors of the form. With errors, {@code impact} carries only the rules and
 * the last quarter that has ended, and the page shows no figures. Figures the kernel does not know
 * (social value without a proxy) read "not known", never £0.00.
 */
public record ImpactPage(Area area, QuarterForm form, PublicImpact impact, Errors errors) {

    /** What a figure the kernel does not know reads as. */
    public static final String NOT_KNOWN = "not known";

    /** Whether the page shows figures: the form was valid and at least one cell could be published. */
    public boolean hasFigures() {
        return !errors.any() && impact.totals() != null && !impact.quarters().isEmpty();
    }

    /** "From 1 January 2025 to 31 March 2026" or "Up to 31 March 2026": the days the figures cover. */
    public String period() {
        String end = Formats.day(impact.to().lastMonth().atEndOfMonth());
        return impact.from().map(from -> "From " + Formats.day(from.firstMonth().atDay(1)) + " to " + end)
                .orElse("Up to " + end);
    }

    /** The rules the figures were published under, in words. */
    public List<String> rules() {
        return DisclosureWords.sentences(impact.rules(), impact.to());
    }

    /** The chart of recorded value per quarter. */
    public QuarterChart chart() {
        return QuarterChart.of(impact.quarters());
    }

    /** {@code £3,100.00}, or "not known". */
    public static String money(BigDecimal amount) {
        return amount == null ? NOT_KNOWN : Formats.money(amount);
    }

    /** A quantity with its unit: {@code 1,250 hours}; pounds as money. */
    public static String quantity(BigDecimal quantity, String unit) {
        if (quantity == null) {
            return NOT_KNOWN;
        }
        return "GBP".equals(unit) ? Formats.money(quantity) : Formats.quantity(quantity) + " " + unit;
    }

    /** "January to March 2026". */
    public static String quarter(Quarter quarter) {
        return Formats.quarter(quarter);
    }
}
