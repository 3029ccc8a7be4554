package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One commitment line of an agreement (stage 2 or later), as the roll-up counts it: in the slice of
 * the line's territory and the month its schedule starts. {@code value} is the committed GBP value
 * (zero for volunteering without a declared value), like the agreement's progress view.
 */
public record CommittedLine(String agreement, int line, String territory, LocalDate start, String measure, String unit,
        BigDecimal quantity, BigDecimal value) {

    public CommittedLine {
        Objects.requireNonNull(agreement, "agreement");
        territory = Slice.territoryOf(territory);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        value = value == null ? BigDecimal.ZERO : value;
    }
}
