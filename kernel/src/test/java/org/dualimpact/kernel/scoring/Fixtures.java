package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;

/** Setups and bids built by hand for the evaluator's tests. */
final class Fixtures {

    static final TenderReference TENDER = new TenderReference("TND-TVP-2026-0001");
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    static final ValueFrameworkId FRAMEWORK = new ValueFrameworkId("SVF-00000000-0000-4000-8000-000000000001");

    private Fixtures() {
    }

    static ScoringCriterion criterion(String id, String weight) {
        return new ScoringCriterion(FRAMEWORK, "ppn-06-20", "The Social Value Model (test)", id, "Criterion " + id, false,
                new BigDecimal(weight), List.of());
    }

    static TenderScoring marks(String price, String quality, String sv, MarkingScale scale, ScoringCriterion... criteria) {
        return new TenderScoring(TENDER, new Weights(new BigDecimal(price), new BigDecimal(quality), new BigDecimal(sv)),
                SocialValueMethod.MARKS, false, scale, List.of(criteria), Optional.empty(), Adjustments.NONE, null, Set.of(), 1);
    }

    static MarkingScale tens() {
        List<ScaleBand> bands = new ArrayList<>();
        for (int mark = 0; mark <= 100; mark += 10) {
            bands.add(new ScaleBand(mark, "Band " + mark));
        }
        return new MarkingScale(bands);
    }

    /** A bid (on evidence, no SPO) with a price, an optional quality score and consensus marks {criterion, mark, …}. */
    static Bid bid(int supplier, String price, String quality, Object... consensus) {
        Bid bid = new Bid(BidId.random(), TENDER, new OrganisationId(String.format("GB-COH-%08d", supplier)), Money.of(price),
                List.of(), "Social value proposition on file " + supplier, Set.of(), List.of(), AT, "sam",
                quality == null ? null : new BigDecimal(quality), List.of(), List.of(), 0);
        for (int i = 0; i < consensus.length; i += 2) {
            bid.consensus(new Consensus((String) consensus[i], (Integer) consensus[i + 1], "mod", null, AT));
        }
        return bid;
    }

    static SpoReference spo(long sequence) {
        long s = sequence;
        while (!SpoReference.issuable("TVP", 2026, s)) {
            s++;
        }
        return SpoReference.of("TVP", 2026, s);
    }
}
