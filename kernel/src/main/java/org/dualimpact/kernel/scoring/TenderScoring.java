package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * How a tender is scored: the weights of price, quality and social value, the social value method,
 * the marking scale, the social value criteria with their weights, the catalogue whose proxies value
 * commitments, SROI adjustments and benefit period that override the catalogue's (when set), and
 * the evaluators named by the buyer (none named: every buyer user of the tender's buyer marks).
 *
 * <p>Rules ({@link ScoringSetup#configure}): weights sum to 100 % with social value at least the
 * policy minimum; criterion weights sum to 100; the quantitative method needs a catalogue; the setup
 * is fixed once the first bid is in, so every bid is valued and scored against the same rules.
 */
public record TenderScoring(TenderReference tender, Weights weights, SocialValueMethod method, boolean perPound,
        MarkingScale scale, List<ScoringCriterion> criteria, Optional<CatalogueId> catalogue, Adjustments adjustments,
        Integer benefitYears, Set<String> evaluators, long version) {

    public TenderScoring {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scale, "scale");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(catalogue, "catalogue");
        adjustments = adjustments == null ? Adjustments.NONE : adjustments;
        if (benefitYears != null && (benefitYears < 1 || benefitYears > 50)) {
            throw new IllegalArgumentException("the benefit period is 1 to 50 years");
        }
        evaluators = Set.copyOf(evaluators);
    }

    public Optional<ScoringCriterion> criterion(String id) {
        return criteria.stream().filter(c -> c.criterionId().equals(id)).findFirst();
    }

    /**
     * Which criterion a commitment of each measure counts towards in the quantitative method: the first
     * criterion listing the measure code (compared without case), by index in {@link #criteria()}.
     */
    public Map<String, Integer> criterionOfMeasure() {
        Map<String, Integer> of = new HashMap<>();
        for (int c = criteria.size() - 1; c >= 0; c--) {
            for (String code : criteria.get(c).measures()) {
                of.put(code.toLowerCase(Locale.ROOT), c);
            }
        }
        return of;
    }

    public BigDecimal criterionWeightSum() {
        return criteria.stream().map(ScoringCriterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
