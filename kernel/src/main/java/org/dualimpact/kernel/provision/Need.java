package org.dualimpact.kernel.provision;

import java.math.BigDecimal;
import java.util.Objects;

import org.dualimpact.kernel.shared.Validation;

/**
 * One thing a provision needs: {@code MONEY} (quantity in GBP), {@code IN_KIND} (quantity of a unit:
 * "12 laptops") or {@code VOLUNTEERING} (hours, with the skills wanted). Quantity is optional: some
 * needs are open-ended.
 */
public record Need(NeedType type, String description, BigDecimal quantity, String unit, String skills) {

    public Need {
        Objects.requireNonNull(type, "need type is required");
        description = Validation.requireText(description, "need description", 500);
        if (quantity != null && quantity.signum() <= 0) {
            throw new IllegalArgumentException("need quantity must be more than 0");
        }
        if (quantity != null && quantity.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("need quantity has at most 2 decimal places");
        }
        unit = switch (type) {
            case MONEY -> "GBP";
            case VOLUNTEERING -> "hours";
            case IN_KIND -> quantity == null ? Validation.optionalText(unit, "need unit", 40)
                    : Validation.requireText(unit, "need unit", 40);
        };
        skills = Validation.optionalText(skills, "need skills", 200);
    }
}
