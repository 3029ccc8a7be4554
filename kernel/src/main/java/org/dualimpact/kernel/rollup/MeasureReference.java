package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the measures catalogue tells the roll-up about a measure: its financial proxy value at a date
 * and the SDG targets it is linked to. The catalogue (themes, outcomes, measures, yearly proxy values,
 * SDG links) is a separate part of the product; until one is connected, {@link #UNKNOWN} answers
 * "unknown" for every measure and the roll-up leaves social value and SDG figures empty rather than
 * inventing them. Connecting a catalogue is a new implementation of this port plus a full rebuild
 * ({@code fullRebuild=true}) of the roll-up.
 */
public interface MeasureReference {

    /** The proxy value in force for the measure on the date, if the catalogue knows one. */
    Optional<Proxy> proxy(String measureCode, LocalDate at);

    /** SDG targets (e.g. {@code 8.6}) the measure is linked to; empty when unknown. */
    Set<String> sdgTargets(String measureCode);

    /**
     * A financial proxy: GBP of social value per unit of the measure ({@code valuePerUnit}), and the
     * share of that gross value that remains after deadweight, attribution and displacement
     * ({@code netShare}, 0 to 1) — gross × netShare is the net social value.
     */
    record Proxy(BigDecimal valuePerUnit, BigDecimal netShare) {
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
