package org.dualimpact.kernel.sroi;

import java.math.BigDecimal;
import java.util.Objects;

import org.dualimpact.kernel.catalogue.Adjustments;

/**
 * One valued outcome for SROI: what the proxy multiplies ({@code basis}: a quantity, or GBP for
 * monetary measures), the proxy (GBP per unit), the adjustments (unset ones count 0), how many years
 * the outcome lasts, and the investment (input) it took, in GBP.
 */
public record SroiInput(String label, BigDecimal basis, BigDecimal proxy, Adjustments adjustments, int years,
        BigDecimal investment) {

    public SroiInput {
        Objects.requireNonNull(label);
        Objects.requireNonNull(basis);
        Objects.requireNonNull(proxy);
        adjustments = adjustments == null ? Adjustments.ZERO : adjustments.orElse();
        if (years < 1 || years > 50) {
            throw new IllegalArgumentException("an outcome lasts 1 to 50 years");
        }
        investment = investment == null ? BigDecimal.ZERO : investment;
    }
}
