package org.dualimpact.kernel.catalogue;

import java.math.BigDecimal;
import java.util.Objects;

import org.dualimpact.kernel.shared.Validation;

/** The financial proxy of one unit of a measure in one year: GBP per unit (≥ 0, ≤ 4 decimals) and its source. */
public record ProxyValue(int year, BigDecimal gbpPerUnit, String source) {

    static final BigDecimal MAX = new BigDecimal("1000000000");

    public ProxyValue {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("a proxy year lies between 1900 and 2999");
        }
        Objects.requireNonNull(gbpPerUnit, "the proxy value (GBP per unit) is required");
        if (gbpPerUnit.signum() < 0 || gbpPerUnit.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("a proxy value lies between 0 and 1,000,000,000 GBP per unit");
        }
        if (gbpPerUnit.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("a proxy value has at most 4 decimal places");
        }
        gbpPerUnit = gbpPerUnit.stripTrailingZeros().scale() < 0 ? gbpPerUnit.setScale(0) : gbpPerUnit.stripTrailingZeros();
        source = Validation.requireText(source, "the proxy source", 500);
    }
}
