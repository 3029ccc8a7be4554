package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures of one SDG row: the GBP figures of every measure linked to the target (quantities of
 * different measures are not added). A measure linked to several targets counts under each, as SDG
 * reporting does; do not add SDG rows across targets.
 */
public record SdgFigures(SdgKey key, BigDecimal committedValue, BigDecimal recordedValue, BigDecimal confirmedValue,
        BigDecimal disputedValue, BigDecimal grossSocialValue, BigDecimal netSocialValue) {

    public SdgFigures {
        Objects.requireNonNull(key, "key");
        committedValue = KpiFigures.money(committedValue);
        recordedValue = KpiFigures.money(recordedValue);
        confirmedValue = KpiFigures.money(confirmedValue);
        disputedValue = KpiFigures.money(disputedValue);
        grossSocialValue = grossSocialValue == null ? null : KpiFigures.money(grossSocialValue);
        netSocialValue = netSocialValue == null ? null : KpiFigures.money(netSocialValue);
    }
}
