package org.dualimpact.kernel.mapping;

import java.math.BigDecimal;
import java.util.Objects;

import org.dualimpact.kernel.shared.Validation;

/**
 * One line of a mapping sheet: for a KPI (measure code), in a territory and a reporting period
 * (e.g. {@code 2026-Q1}), the quantity committed and the quantity delivered (≥ 0, ≤ 3 decimals).
 */
public record MappingEntry(String measureCode, String territory, String period, BigDecimal committed, BigDecimal delivered) {

    public MappingEntry {
        measureCode = Validation.requireText(measureCode, "measure", 40);
        territory = Validation.requireText(territory, "territory", 16);
        period = Validation.requireText(period, "period", 20);
        committed = quantity(committed, "committed");
        delivered = quantity(delivered, "delivered");
    }

    private static BigDecimal quantity(BigDecimal value, String what) {
        Objects.requireNonNull(value, what + " is required (0 if none)");
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 3 || value.compareTo(new BigDecimal("1000000000")) > 0) {
            throw new IllegalArgumentException(what + " is a quantity from 0 to 1,000,000,000 with at most 3 decimals");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
