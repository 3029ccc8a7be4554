package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one roll-up row. Quantities are in the row's unit (3 decimals), values in GBP (2
 * decimals). Definitions, per contribution counted in the row:
 * <ul>
 * <li>committed: the agreement's commitment lines starting in the row's month (quantity, GBP value);</li>
 * <li>recorded: what the supplier recorded, net of corrections (a reversed contribution counts 0, an
 *     amended one its amended quantity and value) — exactly what the agreement's progress view adds up;</li>
 * <li>confirmed / disputed: the recorded quantity and value of contributions whose latest provider
 *     validation is a confirmation / a dispute;</li>
 * <li>corrected: the change corrections made (recorded now minus as first recorded; negative when a
 *     contribution was reversed or reduced), so recorded − corrected is what was first recorded;</li>
 * <li>{@code contributions}: how many recorded contributions count (reversed ones do not);</li>
 * <li>gross social value: recorded quantity (for a measure counting money, the recorded GBP value) ×
 *     the measure's proxy value at the delivery date; net
 *     social value: gross × the proxy's net share. Both are {@code null} (unknown) unless a proxy is
 *     known for every contribution of the row;</li>
 * <li>SROI inputs: the investment (recorded GBP value) and the net social value; the ratio is theirs.</li>
 * </ul>
 */
public record KpiFigures(KpiKey key, BigDecimal committedQuantity, BigDecimal committedValue, BigDecimal recordedQuantity,
        BigDecimal recordedValue, BigDecimal confirmedQuantity, BigDecimal confirmedValue, BigDecimal disputedQuantity,
        BigDecimal disputedValue, BigDecimal correctedQuantity, BigDecimal correctedValue, long contributions,
        BigDecimal grossSocialValue, BigDecimal netSocialValue) {

    public KpiFigures {
        Objects.requireNonNull(key, "key");
        committedQuantity = quantity(committedQuantity);
        recordedQuantity = quantity(recordedQuantity);
        confirmedQuantity = quantity(confirmedQuantity);
        disputedQuantity = quantity(disputedQuantity);
        correctedQuantity = quantity(correctedQuantity);
        committedValue = money(committedValue);
        recordedValue = money(recordedValue);
        confirmedValue = money(confirmedValue);
        disputedValue = money(disputedValue);
        correctedValue = money(correctedValue);
        grossSocialValue = grossSocialValue == null ? null : money(grossSocialValue);
        netSocialValue = netSocialValue == null ? null : money(netSocialValue);
    }

    /** SROI input: what was invested, the GBP value of what was delivered. */
    public BigDecimal investment() {
        return recordedValue;
    }

    /** Net social value per pound invested, when both are known and something was invested. */
    public Optional<BigDecimal> sroiRatio() {
        if (netSocialValue == null || recordedValue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(netSocialValue.divide(recordedValue, 2, RoundingMode.HALF_EVEN));
    }

    static BigDecimal quantity(BigDecimal value) {
        return Objects.requireNonNull(value, "quantity").setScale(3, RoundingMode.HALF_EVEN);
    }

    static BigDecimal money(BigDecimal value) {
        return Objects.requireNonNull(value, "value").setScale(2, RoundingMode.HALF_EVEN);
    }
}
