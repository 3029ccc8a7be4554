package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoReference;

/**
 * One commitment line of an SPO in a bid, valued when the bid was registered and frozen there: the
 * proxy of the commitment's year (the year of its date of commitment, the SPO's submission), the
 * adjustments and local weight in force then, the gross and net values. Later changes to the
 * catalogue change nothing here, so an evaluation is reproducible from stored inputs.
 *
 * <p>{@code basis} is what the proxy multiplies: the GBP amount of a financial line, the declared
 * value of an in-kind line valued by a monetary measure, otherwise the quantity. Gross value =
 * basis × proxy; net value = gross × (1 − deadweight)(1 − displacement)(1 − attribution), both to the
 * penny (half-even). Without a proxy (no catalogue, or the measure is not in it) both are empty.
 */
public record ValuedCommitment(SpoReference spo, int line, ContributionType type, String measureCode, BigDecimal quantity,
        String unit, Money declaredValue, String territory, String postcodeDistrict, LocalDate commitmentDate,
        Proxy proxy, Adjustments adjustments, int benefitYears, BigDecimal localWeight, BigDecimal basis,
        BigDecimal grossValue, BigDecimal netValue, boolean insideTerritory) {

    /** The proxy a line was valued with: which catalogue, which year, how much per unit, from which source. */
    public record Proxy(CatalogueId catalogue, String catalogueLabel, String measureTitle, int year, BigDecimal gbpPerUnit,
            String source) {
        public Proxy {
            Objects.requireNonNull(catalogue);
            Objects.requireNonNull(gbpPerUnit);
        }
    }

    public ValuedCommitment {
        Objects.requireNonNull(spo);
        Objects.requireNonNull(type);
        Objects.requireNonNull(measureCode);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(commitmentDate);
        adjustments = adjustments == null ? Adjustments.ZERO : adjustments.orElse();
        localWeight = localWeight == null ? BigDecimal.ONE : localWeight;
        if ((proxy == null) != (grossValue == null) || (grossValue == null) != (netValue == null)) {
            throw new IllegalArgumentException("proxy, gross and net values are given together or not at all");
        }
    }

    public Optional<Proxy> proxyUsed() {
        return Optional.ofNullable(proxy);
    }

    /** The value HOW &amp; WHERE counts: the gross proxy value, else the declared value, else 0. */
    public BigDecimal committedValue() {
        if (grossValue != null) {
            return grossValue;
        }
        return declaredValue == null ? BigDecimal.ZERO : declaredValue.amount();
    }

    /** What the line counts for in the quantitative method: net value × local weight (0 without a proxy). */
    public BigDecimal scoringValue() {
        return netValue == null ? BigDecimal.ZERO : netValue.multiply(localWeight);
    }
}
