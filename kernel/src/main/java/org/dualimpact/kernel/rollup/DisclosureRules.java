package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The statistical disclosure control of the public impact pages. A cell (territory × quarter × measure)
 * is published only when at least {@code minimumContributors} distinct suppliers and as many distinct
 * community providers contributed to it, and no one supplier or provider accounts for more than
 * {@code dominancePercent} % of any of its money figures. A published cell's money is rounded to
 * {@code roundingGbp}, its quantities to {@code roundingQuantity} and its count of contributions to 5.
 */
public record DisclosureRules(int minimumContributors, int dominancePercent, BigDecimal roundingGbp,
        BigDecimal roundingQuantity) {

    public static final DisclosureRules DEFAULT = new DisclosureRules(3, 75, new BigDecimal("100"), BigDecimal.TEN);

    public DisclosureRules {
        if (minimumContributors < 2) {
            throw new IllegalArgumentException("a public cell needs at least 2 contributors, not " + minimumContributors);
        }
        if (dominancePercent < 50 || dominancePercent > 99) {
            throw new IllegalArgumentException("the dominance limit is 50 to 99 %, not " + dominancePercent);
        }
        Objects.requireNonNull(roundingGbp, "roundingGbp");
        Objects.requireNonNull(roundingQuantity, "roundingQuantity");
        if (roundingGbp.signum() <= 0 || roundingQuantity.signum() <= 0) {
            throw new IllegalArgumentException("rounding bases are positive");
        }
    }
}
