package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** The policy settings of scoring: the least weight social value may have in a tender, 0 to 100 %. */
public record ScoringPolicy(BigDecimal minimumSocialValuePercent) {

    /** 10 %, the PPN 06/20 and PPN 002 minimum. */
    public static final ScoringPolicy DEFAULT = new ScoringPolicy(BigDecimal.TEN);

    public ScoringPolicy {
        Objects.requireNonNull(minimumSocialValuePercent);
        if (minimumSocialValuePercent.signum() < 0 || minimumSocialValuePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the social value minimum weighting lies from 0 to 100 %");
        }
    }
}
