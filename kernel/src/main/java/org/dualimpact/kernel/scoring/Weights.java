package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.dualimpact.kernel.shared.DomainException;

/**
 * The weights of price, quality and social value in a tender's total score, in percent (0–100, at
 * most 2 decimals). They must sum to exactly 100, and social value must reach the policy minimum
 * ({@link #check}).
 */
public record Weights(BigDecimal price, BigDecimal quality, BigDecimal socialValue) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Weights {
        price = percent(price, "price");
        quality = percent(quality, "quality");
        socialValue = percent(socialValue, "socialValue");
    }

    static BigDecimal percent(BigDecimal value, String what) {
        Objects.requireNonNull(value, what + " weight is required");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " weight lies from 0 to 100 (%)");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " weight has at most 2 decimal places");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /**
     * The two rules of a tender's weighting: price, quality and social value sum to 100 %
     * ({@code weights-not-100}), and social value weighs at least the policy minimum
     * ({@code social-value-below-minimum}); both 422, naming the rule.
     */
    public void check(BigDecimal minimumSocialValue) {
        BigDecimal sum = price.add(quality).add(socialValue);
        if (sum.compareTo(HUNDRED) != 0) {
            throw DomainException.ruleViolated("weights-not-100", "Price (" + price.toPlainString() + " %), quality ("
                    + quality.toPlainString() + " %) and social value (" + socialValue.toPlainString() + " %) sum to "
                    + sum.toPlainString() + " %; the weights of a tender sum to exactly 100 %.");
        }
        if (socialValue.compareTo(minimumSocialValue) < 0) {
            throw DomainException.ruleViolated("social-value-below-minimum", "Social value weighs "
                    + socialValue.toPlainString() + " % of the total score; the policy minimum weighting for social value is "
                    + minimumSocialValue.stripTrailingZeros().toPlainString() + " % (rule: social value minimum weighting, "
                    + "PPN 06/20 and PPN 002; configured by dualimpact.scoring.minimum-social-value-percent).");
        }
    }
}
