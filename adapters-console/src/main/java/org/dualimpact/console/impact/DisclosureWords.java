package org.dualimpact.console.impact;

import java.math.BigDecimal;
import java.util.List;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.rollup.DisclosureRules;
import org.dualimpact.kernel.rollup.Quarter;

/**
 * The kernel's disclosure rules ({@link DisclosureRules}) in plain English, with the figures the server
 * is configured with, so a resident reads the rules the page was actually published under.
 */
public final class DisclosureWords {

    private DisclosureWords() {
    }

    /** One sentence per rule; {@code to} is the last quarter shown. */
    public static List<String> sentences(DisclosureRules rules, Quarter to) {
        int minimum = rules.minimumContributors();
        return List.of(
                "Figures are counted separately for each territory, quarter and measure. Such a figure is published only"
                        + " when at least " + minimum + " different suppliers and at least " + minimum
                        + " different community providers contributed to it.",
                "It is left out when one supplier or one provider accounts for more than " + rules.dominancePercent()
                        + "% of any of its amounts of money.",
                "Money is rounded to the nearest " + pounds(rules.roundingGbp()) + ", quantities to the nearest "
                        + Formats.quantity(rules.roundingQuantity()) + " and numbers of contributions to the nearest 5.",
                "Only quarters that have ended are shown, up to " + Formats.quarter(to) + ".",
                "A figure that is left out is part of no total, so totals cannot be subtracted from each other to find it.",
                "Suppliers and community providers are named, but not how much each of them gave.");
    }

    /** {@code £100}, or {@code £0.50} for a base with pence. */
    static String pounds(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? "£" + Formats.quantity(amount) : Formats.money(amount);
    }
}
