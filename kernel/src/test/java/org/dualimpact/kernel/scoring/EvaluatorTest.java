package org.dualimpact.kernel.scoring;

import static org.dualimpact.kernel.scoring.Fixtures.bid;
import static org.dualimpact.kernel.scoring.Fixtures.criterion;
import static org.dualimpact.kernel.scoring.Fixtures.marks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.dualimpact.kernel.scoring.Evaluation.Basis;
import org.dualimpact.kernel.scoring.Evaluation.BidResult;
import org.dualimpact.kernel.scoring.Evaluation.TieBreak;
import org.dualimpact.kernel.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Every scoring rule of {@link Evaluator}, against figures computed by hand (in the comments). */
class EvaluatorTest {

    private static final double EXACT = 1e-9;

    @Test
    void priceIsLowestOverBidTimesWeightQualityAndMarksAddUp() {
        // weights 60/30/10, one criterion (100 % of social value), default scale 0/20/50/70/100
        TenderScoring setup = marks("60", "30", "10", MarkingScale.DEFAULT, criterion("MAC 2.2", "100"));
        Bid a = bid(1, "100000.00", "80", "MAC 2.2", 70);
        Bid b = bid(2, "125000.00", "60", "MAC 2.2", 50);
        Bid c = bid(3, "200000.00", "100", "MAC 2.2", 100);
        Evaluation evaluation = Evaluator.evaluate(setup, List.of(a, b, c));
        // price: 60 × 100000/100000 = 60; 60 × 100000/125000 = 48; 60 × 100000/200000 = 30
        // quality: 30 × 0.8 = 24; 30 × 0.6 = 18; 30 × 1.0 = 30
        // social value: 10 × 70/100 = 7; 10 × 50/100 = 5; 10 × 100/100 = 10
        // totals 91, 71, 70
        assertResult(evaluation, a, 60, 24, 7, 91, 1);
        assertResult(evaluation, b, 48, 18, 5, 71, 2);
        assertResult(evaluation, c, 30, 30, 10, 70, 3);
        assertTrue(evaluation.complete());
        Evaluation.CriterionLine line = evaluation.result(a.id()).orElseThrow().criteria().get(0);
        assertEquals(Basis.CONSENSUS, line.basis());
        assertEquals(70.0, line.mark());
        assertEquals(100.0, line.best());
        assertEquals(0.7, line.fraction(), EXACT);
        assertEquals(new BigDecimal("100"), line.weight());
    }

    @Test
    void criteriaAreWeightedInsideTheSocialValuePart() {
        // social value 20 %: MAC 2.2 at 60 %, MAC 8.1 at 40 %; marks 70 and 100 → 20 × (0.6 × 0.7 + 0.4 × 1.0) = 16.4
        TenderScoring setup = marks("50", "30", "20", MarkingScale.DEFAULT, criterion("MAC 2.2", "60"),
                criterion("MAC 8.1", "40"));
        Bid a = bid(1, "1000.00", "50", "MAC 2.2", 70, "MAC 8.1", 100);
        Evaluation evaluation = Evaluator.evaluate(setup, List.of(a));
        BidResult result = evaluation.result(a.id()).orElseThrow();
        assertEquals(16.4, result.socialValueScore(), EXACT);
        assertEquals(8.4, result.criteria().get(0).points(), EXACT);
        assertEquals(8.0, result.criteria().get(1).points(), EXACT);
        assertEquals(50 + 15 + 16.4, result.total(), EXACT);
    }

    @Test
    void aZeroPriceScoresTheFullWeightAndEveryOtherPriceNothing() {
        TenderScoring setup = marks("60", "30", "10", MarkingScale.DEFAULT, criterion("MAC 2.2", "100"));
        Bid free = bid(1, "0.00", "50", "MAC 2.2", 50);
        Bid priced = bid(2, "50000.00", "50", "MAC 2.2", 50);
        Evaluation evaluation = Evaluator.evaluate(setup, List.of(free, priced));
        // free: 60 + 15 + 5 = 80; priced: 0 + 15 + 5 = 20
        assertResult(evaluation, free, 60, 15, 5, 80, 1);
        assertResult(evaluation, priced, 0, 15, 5, 20, 2);
    }

    @Test
    void equalPricesScoreTheSameAndFullyEqualBidsShareTheirRank() {
        TenderScoring setup = marks("60", "30", "10", MarkingScale.DEFAULT, criterion("MAC 2.2", "100"));
        Bid c = bid(3, "80000.00", "90", "MAC 2.2", 70);
        Bid d = bid(4, "80000.00", "90", "MAC 2.2", 70);
        Bid e = bid(5, "100000.00", "90", "MAC 2.2", 70);
        Evaluation evaluation = Evaluator.evaluate(setup, List.of(e, c, d));
        // c, d: 60 + 27 + 7 = 94 each; e: 48 + 27 + 7 = 82 → ranks 1, 1, 3
        assertResult(evaluation, c, 60, 27, 7, 94, 1);
        assertResult(evaluation, d, 60, 27, 7, 94, 1);
        assertResult(evaluation, e, 48, 27, 7, 82, 3);
        assertEquals(TieBreak.UNRESOLVED, evaluation.result(c.id()).orElseThrow().tieBreak());
        assertEquals(TieBreak.UNRESOLVED, evaluation.result(d.id()).orElseThrow().tieBreak());
        assertEquals(TieBreak.NONE, evaluation.result(e.id()).orElseThrow().tieBreak());
    }

    @Test
    void aTieOnTheTotalIsBrokenByTheHigherSocialValueScore() {
        // scale 0, 10 … 100; weights 50/30/20, equal prices (50 each)
        // a: quality 100 → 30, mark 20 → 4: total 84; b: quality 60 → 18, mark 80 → 16: total 84 → b first
        TenderScoring setup = marks("50", "30", "20", Fixtures.tens(), criterion("MAC 2.2", "100"));
        Bid a = bid(1, "1000.00", "100", "MAC 2.2", 20);
        Bid b = bid(2, "1000.00", "60", "MAC 2.2", 80);
        Evaluation evaluation = Evaluator.evaluate(setup, List.of(a, b));
        assertResult(evaluation, b, 50, 18, 16, 84, 1);
        assertResult(evaluation, a, 50, 30, 4, 84, 2);
        assertEquals(TieBreak.SOCIAL_VALUE, evaluation.result(a.id()).orElseThrow().tieBreak());
        assertEquals(TieBreak.SOCIAL_VALUE, evaluation.result(b.id()).orElseThrow().tieBreak());
    }

    @Test
    void aTieLeftByTheZeroPriceRuleIsBrokenByTheLowerPrice() {
        // z at £0 takes the 60 price points; x (£10) and y (£20) both score 0 for price, 15 + 5 otherwise
        TenderScoring setup = marks("60", "30", "10", MarkingScale.DEFAULT, criterion("MAC 2.2", "100"));
        Bid z = bid(1, "0.00", "50", "MAC 2.2", 50);
        Bid x = bid(2, "10.00", "50", "MAC 2.2", 50);
        Bid y = bid(3, "20.00", "50", "MAC 2.2", 50);
        Evaluation evaluation = Evaluator.evaluate(setup, List.of(y, x, z));
        assertResult(evaluation, z, 60, 15, 5, 80, 1);
        assertResult(evaluation, x, 0, 15, 5, 20, 2);
        assertResult(evaluation, y, 0, 15, 5, 20, 3);
        assertEquals(TieBreak.PRICE, evaluation.result(x.id()).orElseThrow().tieBreak());
    }

    @Test
    void missingMarksCountZeroMarksWithoutConsensusCountTheirMeanAndBothAreListedAsGaps() {
        TenderScoring setup = marks("60", "30", "10", MarkingScale.DEFAULT, criterion("MAC 2.2", "50"),
                criterion("MAC 8.1", "50"));
        Bid a = bid(1, "100.00", null, "MAC 2.2", 100);
        a.mark(new Mark("MAC 8.1", "eve", 50, null, Instant.EPOCH));
        a.mark(new Mark("MAC 8.1", "ian", 70, null, Instant.EPOCH));
        Evaluation evaluation = Evaluator.evaluate(setup, List.of(a));
        BidResult result = evaluation.result(a.id()).orElseThrow();
        // price 60; quality missing → 0; MAC 2.2: 10 × 0.5 × 1.0 = 5; MAC 8.1: mean 60 → 10 × 0.5 × 0.6 = 3
        assertEquals(60, result.priceScore(), EXACT);
        assertTrue(result.qualityMissing());
        assertEquals(0, result.qualityScore(), EXACT);
        assertEquals(Basis.MEAN_OF_MARKS, result.criteria().get(1).basis());
        assertEquals(60.0, result.criteria().get(1).mark(), EXACT);
        assertEquals(2, result.criteria().get(1).markCount());
        assertEquals(68, result.total(), EXACT);
        assertFalse(evaluation.complete());
        assertEquals(List.of(a.id() + ": MAC 8.1 has 2 evaluator mark(s) but no consensus; their mean counts for now",
                a.id() + ": no quality score"), evaluation.gaps());

        Bid unmarked = bid(2, "100.00", "50");
        BidResult none = Evaluator.evaluate(setup, List.of(unmarked)).result(unmarked.id()).orElseThrow();
        assertEquals(Basis.MISSING, none.criteria().get(0).basis());
        assertNull(none.criteria().get(0).mark());
        assertEquals(0, none.socialValueScore(), EXACT);

        // the consensus, once recorded, counts instead of the mean; individual marks are kept
        a.consensus(new Consensus("MAC 8.1", 20, "mod", "agreed at moderation", Instant.EPOCH));
        BidResult moderated = Evaluator.evaluate(setup, List.of(a)).result(a.id()).orElseThrow();
        assertEquals(Basis.CONSENSUS, moderated.criteria().get(1).basis());
        assertEquals(60 + 5 + 1, moderated.total(), EXACT);
        assertEquals(2, a.marks().size());
    }

    @Test
    void socialValueBelowThePolicyMinimumOrWeightsNotSummingTo100AreRefusedNamingTheRule() {
        DomainException floor = assertThrows(DomainException.class,
                () -> new Weights(new BigDecimal("70"), new BigDecimal("21"), new BigDecimal("9")).check(BigDecimal.TEN));
        assertEquals(DomainException.Kind.RULE_VIOLATED, floor.kind());
        assertEquals("social-value-below-minimum", floor.code());
        assertTrue(floor.getMessage().contains("policy minimum weighting for social value is 10 %"), floor.getMessage());
        DomainException sum = assertThrows(DomainException.class,
                () -> new Weights(new BigDecimal("60"), new BigDecimal("29"), new BigDecimal("10")).check(BigDecimal.TEN));
        assertEquals("weights-not-100", sum.code());
        // exactly the minimum is accepted; 10.5 % with a minimum of 10 too
        new Weights(new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("10")).check(BigDecimal.TEN);
        new Weights(new BigDecimal("59.5"), new BigDecimal("30"), new BigDecimal("10.5")).check(BigDecimal.TEN);
        assertThrows(IllegalArgumentException.class, () -> new Weights(new BigDecimal("60.001"), BigDecimal.ZERO,
                BigDecimal.ZERO));
    }

    @Test
    void theScaleIsIncreasingAndItsTopIsFullMarks() {
        assertEquals(100, MarkingScale.DEFAULT.max());
        assertEquals("0/20/50/70/100", MarkingScale.DEFAULT.marks());
        assertFalse(MarkingScale.DEFAULT.allows(60));
        assertThrows(IllegalArgumentException.class, () -> new MarkingScale(List.of(new ScaleBand(50, "a"),
                new ScaleBand(20, "b"))));
        // a scale topping at 4: a mark of 3 is 75 % of the criterion
        TenderScoring setup = marks("0", "0", "100", new MarkingScale(List.of(new ScaleBand(0, "none"),
                new ScaleBand(1, "weak"), new ScaleBand(2, "fair"), new ScaleBand(3, "good"), new ScaleBand(4, "best"))),
                criterion("1a", "100"));
        Bid a = bid(1, "10.00", "0", "1a", 3);
        assertEquals(75, Evaluator.evaluate(setup, List.of(a)).result(a.id()).orElseThrow().total(), EXACT);
    }

    private static void assertResult(Evaluation evaluation, Bid bid, double price, double quality, double sv, double total,
            int rank) {
        BidResult result = evaluation.result(bid.id()).orElseThrow();
        assertEquals(price, result.priceScore(), EXACT, "price score");
        assertEquals(quality, result.qualityScore(), EXACT, "quality score");
        assertEquals(sv, result.socialValueScore(), EXACT, "social value score");
        assertEquals(total, result.total(), EXACT, "total");
        assertEquals(rank, result.rank(), "rank");
    }
}
