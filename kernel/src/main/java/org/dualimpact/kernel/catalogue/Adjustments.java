package org.dualimpact.kernel.catalogue;

import java.math.BigDecimal;

/**
 * The SROI adjustments of a measure, each a fraction from 0 to 1 (at most 4 decimal places), or
 * {@code null} when not set (the next source of defaults applies):
 * <ul>
 * <li>deadweight: the share of the outcome that would have happened anyway;</li>
 * <li>displacement: the share that merely moved value from elsewhere;</li>
 * <li>attribution: the share owed to others' contributions;</li>
 * <li>drop-off: the share by which the outcome declines each year after the first.</li>
 * </ul>
 */
public record Adjustments(BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff) {

    public static final Adjustments NONE = new Adjustments(null, null, null, null);
    public static final Adjustments ZERO = new Adjustments(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Adjustments {
        deadweight = fraction(deadweight, "deadweight");
        displacement = fraction(displacement, "displacement");
        attribution = fraction(attribution, "attribution");
        dropOff = fraction(dropOff, "dropOff");
    }

    public static BigDecimal fraction(BigDecimal value, String what) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " is a fraction from 0 to 1 (0.2 is 20 %)");
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException(what + " has at most 4 decimal places");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** Each adjustment from this, else from the first fallback that sets it, else 0. */
    public Adjustments orElse(Adjustments... fallbacks) {
        return new Adjustments(pick(deadweight, fallbacks, 0), pick(displacement, fallbacks, 1),
                pick(attribution, fallbacks, 2), pick(dropOff, fallbacks, 3));
    }

    private static BigDecimal pick(BigDecimal own, Adjustments[] fallbacks, int which) {
        if (own != null) {
            return own;
        }
        for (Adjustments f : fallbacks) {
            BigDecimal v = f == null ? null : f.get(which);
            if (v != null) {
                return v;
            }
        }
        return BigDecimal.ZERO;
    }

    private BigDecimal get(int which) {
        return switch (which) {
            case 0 -> deadweight;
            case 1 -> displacement;
            case 2 -> attribution;
            default -> dropOff;
        };
    }

    public boolean isEmpty() {
        return deadweight == null && displacement == null && attribution == null && dropOff == null;
    }

    /** (1 − deadweight)(1 − displacement)(1 − attribution), with unset adjustments as 0. */
    public BigDecimal netFactor() {
        Adjustments a = orElse();
        return BigDecimal.ONE.subtract(a.deadweight).multiply(BigDecimal.ONE.subtract(a.displacement))
                .multiply(BigDecimal.ONE.subtract(a.attribution));
    }
}
