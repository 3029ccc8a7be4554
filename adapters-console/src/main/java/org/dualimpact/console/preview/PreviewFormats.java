package org.dualimpact.console.preview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.scoring.ValuedCommitment;
import org.dualimpact.kernel.spo.ContributionType;

/**
 * How the score preview writes its figures, beside {@link Formats}: percentages without trailing zeros
 * ({@code 85.5%}), the net share and the adjustments it comes from, a proxy per unit ({@code £12.21 per
 * hour}), a line's amount, and why a line counts towards no criterion.
 */
public final class PreviewFormats {

    private PreviewFormats() {
    }

    /** A percentage as given ({@code 60} → {@code 60%}, {@code 12.50} → {@code 12.5%}); a dash for none. */
    public static String percent(BigDecimal percent) {
        if (percent == null) {
            return "—";
        }
        BigDecimal shown = percent.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString() + "%";
    }

    /** A fraction as a percentage: {@code 0.855} → {@code 85.5%}, {@code 1} → {@code 100%}. */
    public static String share(BigDecimal fraction) {
        return percent(fraction == null ? null : fraction.movePointRight(2));
    }

    /** The net share (1 − deadweight)(1 − displacement)(1 − attribution) as a percentage. */
    public static String netShare(Adjustments adjustments) {
        return share((adjustments == null ? Adjustments.ZERO : adjustments).netFactor());
    }

    /** What the net share comes from: {@code deadweight 10%, displacement 5%, attribution 0%}. */
    public static String adjustments(Adjustments adjustments) {
        Adjustments a = (adjustments == null ? Adjustments.ZERO : adjustments).orElse();
        return "deadweight " + share(a.deadweight()) + ", displacement " + share(a.displacement()) + ", attribution "
                + share(a.attribution());
    }

    /**
     * The proxy per unit of what it multiplies: {@code £12.21 per hour} (a plural unit made singular),
     * {@code £1.00 per £1} for money (a financial line, or a declared value valued by a monetary measure).
     */
    public static String perUnit(ValuedCommitment line) {
        ValuedCommitment.Proxy proxy = line.proxyUsed().orElse(null);
        if (proxy == null) {
            return "—";
        }
        return Formats.money(proxy.gbpPerUnit()) + " per " + (valuesMoney(line) ? "£1" : singular(line.unit()));
    }

    /** A unit as one of it: {@code hours} → {@code hour}, {@code tonnes} → {@code tonne}; other units unchanged. */
    public static String singular(String unit) {
        if (unit == null || unit.isBlank()) {
            return "unit";
        }
        String u = unit.strip();
        if (u.matches("[a-z]+s") && !u.endsWith("ss") && u.length() > 2) {
            return u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** What the line commits: {@code £50.00} for money, {@code 100 hours} otherwise (with a declared value if any). */
    public static String amount(ValuedCommitment line) {
        if (line.type() == ContributionType.FINANCIAL && line.declaredValue() != null) {
            return Formats.money(line.declaredValue().amount());
        }
        String quantity = Formats.quantity(line.quantity()) + (line.unit() == null || line.unit().isBlank() ? "" : " " + line.unit());
        return line.declaredValue() == null ? quantity : quantity + ", declared " + Formats.money(line.declaredValue().amount());
    }

    /** The commitment type in words: {@code IN_KIND} → {@code in kind}. */
    public static String type(ContributionType type) {
        return type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /**
     * Why a line counts towards no criterion: no proxy values it (the tender names no catalogue, or its
     * catalogue has no proxy for the measure in the year of a bid made today), or no criterion lists its measure.
     */
    public static String whyNowhere(ValuedCommitment line, boolean tenderHasCatalogue) {
        if (line.netValue() == null) {
            return tenderHasCatalogue
                    ? "No proxy in the tender's catalogue values " + line.measureCode() + " for a bid made in "
                            + line.commitmentDate().getYear() + "."
                    : "The tender names no catalogue, so no proxy values " + line.measureCode() + ".";
        }
        return "No criterion of this tender lists the measure " + line.measureCode() + ".";
    }

    /** Whether the proxy multiplies pounds: a financial line, or a declared value valued by a monetary measure. */
    static boolean valuesMoney(ValuedCommitment line) {
        if (line.type() == ContributionType.FINANCIAL) {
            return true;
        }
        return line.declaredValue() != null && line.basis() != null
                && line.basis().compareTo(line.declaredValue().amount()) == 0
                && (line.quantity() == null || line.quantity().compareTo(line.basis()) != 0);
    }
}
