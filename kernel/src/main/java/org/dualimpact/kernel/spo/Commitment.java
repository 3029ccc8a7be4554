package org.dualimpact.kernel.spo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Validation;

/**
 * One line of what a supplier commits:
 * <ul>
 * <li>{@code FINANCIAL}: {@code value} in GBP (more than £0); quantity is the same amount, unit {@code GBP}.</li>
 * <li>{@code IN_KIND}: {@code quantity} (more than 0, up to 3 decimals) of a {@code unit}, and the declared
 *     GBP {@code value} (£0 or more).</li>
 * <li>{@code VOLUNTEERING}: {@code quantity} hours (more than 0, up to 2 decimals), unit {@code hours},
 *     a {@code skillLevel}; {@code value} is optional (a declared value of the time).</li>
 * </ul>
 * Every line names a measure or outcome code, the territory it is delivered in (optionally a
 * postcode district, e.g. {@code OX4}) and a schedule (start ≤ end, frequency).
 */
public record Commitment(ContributionType type, BigDecimal quantity, String unit, Money value, SkillLevel skillLevel,
        String measureCode, String territory, String postcodeDistrict, LocalDate start, LocalDate end,
        Frequency frequency) {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("100000000");
    private static final Pattern MEASURE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,39}");
    private static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    public Commitment {
        Objects.requireNonNull(type, "type is required");
        switch (type) {
            case FINANCIAL -> {
                Objects.requireNonNull(value, "value is required for a financial commitment");
                value.requirePositive("value");
                quantity = value.amount();
                unit = "GBP";
                skillLevel = null;
            }
            case IN_KIND -> {
                quantity = requireQuantity(quantity, 3);
                unit = Validation.requireText(unit, "unit", 40);
                Objects.requireNonNull(value, "value (declared value in GBP) is required for an in-kind commitment");
                value.requireNotNegative("value");
                skillLevel = null;
            }
            case VOLUNTEERING -> {
                quantity = requireQuantity(quantity, 2);
                unit = "hours";
                Objects.requireNonNull(skillLevel, "skillLevel is required for volunteering");
                if (value != null) {
                    value.requireNotNegative("value");
                }
            }
            default -> throw new IllegalArgumentException("unknown type " + type);
        }
        if (measureCode == null || !MEASURE_CODE.matcher(measureCode.strip()).matches()) {
            throw new IllegalArgumentException("measureCode is required: 1 to 40 letters, digits or . _ : / -");
        }
        measureCode = measureCode.strip();
        Objects.requireNonNull(territory, "territory is required");
        if (postcodeDistrict != null && !postcodeDistrict.isBlank()) {
            postcodeDistrict = postcodeDistrict.strip().toUpperCase(Locale.ROOT);
            if (!POSTCODE_DISTRICT.matcher(postcodeDistrict).matches()) {
                throw new IllegalArgumentException("postcodeDistrict must be an outward code like OX4 or RG1");
            }
        } else {
            postcodeDistrict = null;
        }
        Validation.requirePlausibleDate(start, "start");
        Validation.requirePlausibleDate(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start");
        }
        Objects.requireNonNull(frequency, "frequency is required");
    }

    private static BigDecimal requireQuantity(BigDecimal quantity, int maxScale) {
        Objects.requireNonNull(quantity, "quantity is required");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be more than 0");
        }
        if (quantity.stripTrailingZeros().scale() > maxScale) {
            throw new IllegalArgumentException("quantity has at most " + maxScale + " decimal places");
        }
        if (quantity.compareTo(MAX_QUANTITY) > 0) {
            throw new IllegalArgumentException("quantity is implausibly large");
        }
        return quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros();
    }

    public Optional<Money> declaredValue() {
        return Optional.ofNullable(value);
    }
}
