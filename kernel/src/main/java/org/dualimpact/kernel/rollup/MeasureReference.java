package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the measures catalogue tells the roll-up about a measure: its proxy value at a date, its SDG targets
 * and its SROI terms. {@link #UNKNOWN} knows nothing: social value and SDG figures then stay empty, never
 * invented. Figures already rolled up change only when recomputed (after importing a catalogue, run
 * {@code kpi-rollup} with {@code fullRebuild=true}).
 */
public interface MeasureReference {

    /** The proxy value in force for the measure on the date, if the catalogue knows one. */
    Optional<Proxy> proxy(String measureCode, LocalDate at);

    /** SDG targets (e.g. {@code 8.6}) the measure is linked to; empty when unknown. */
    Set<String> sdgTargets(String measureCode);

    /**
     * SROI terms of the measure's outcome: how many years it lasts ({@code benefitYears}, 1 to 50), the
     * share by which it declines each year after the first ({@code dropOff}, 0 to 1), and where these
     * come from ({@code source}, e.g. the catalogue's label). Empty when unknown.
     */
    default Optional<Terms> terms(String measureCode) {
        return Optional.empty();
    }

    /**
     * A financial proxy: GBP of social value per unit of the measure ({@code valuePerUnit}), and the
     * share of that gross value that remains after deadweight, attribution and displacement
     * ({@code netShare}, 0 to 1) — gross × netShare is the net social value. {@code monetary}: the
     * measure counts money (its unit is GBP), so the proxy multiplies a contribution's recorded GBP
     * value rather than its quantity (an in-kind gift of 4 laptops worth £1,200 counts as £1,200), as
     * the valuation of tender commitments does.
     */
    record Proxy(BigDecimal valuePerUnit, BigDecimal netShare, boolean monetary) {

        /** A proxy per unit of quantity (not a monetary measure). */
        public Proxy(BigDecimal valuePerUnit, BigDecimal netShare) {
            this(valuePerUnit, netShare, false);
        }

        public Proxy {
            Objects.requireNonNull(valuePerUnit, "valuePerUnit");
            Objects.requireNonNull(netShare, "netShare");
            if (valuePerUnit.signum() < 0) {
                throw new IllegalArgumentException("a proxy value is not negative");
            }
            if (netShare.signum() < 0 || netShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("netShare lies between 0 and 1");
            }
        }
    }

    /** How long a measure's outcome lasts and how it declines, for SROI (see {@link MeasureReference#terms}). */
    record Terms(int benefitYears, BigDecimal dropOff, String source) {
        public Terms {
            if (benefitYears < 1 || benefitYears > 50) {
                throw new IllegalArgumentException("the benefit period is 1 to 50 years");
            }
            Objects.requireNonNull(dropOff, "dropOff");
            if (dropOff.signum() < 0 || dropOff.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("dropOff lies between 0 and 1");
            }
            Objects.requireNonNull(source, "source");
        }
    }

    /** No catalogue connected: nothing is known. */
    MeasureReference UNKNOWN = new MeasureReference() {
        @Override
        public Optional<Proxy> proxy(String measureCode, LocalDate at) {
            return Optional.empty();
        }

        @Override
        public Set<String> sdgTargets(String measureCode) {
            return Set.of();
        }
    };
}
