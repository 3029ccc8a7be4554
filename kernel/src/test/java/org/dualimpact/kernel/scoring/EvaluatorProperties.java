package org.dualimpact.kernel.scoring;

import org.dualimpact.kernel.shared.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the evaluation: bid order does not matter; a better mark never costs points. */
class EvaluatorProperties {

    private static final int[] MARKS = {0, 20, 50, 70, 100};

    /** A bid described by price (pence), quality (or -1 for missing) and three mark indices (or -1). */
    record Spec(long pence, int quality, int m1, int m2, int m3) {
    }

    @Provide
    Arbitrary<List<Spec>> bids() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.longs().between(0, 50_000_000L),
                Arbitraries.integers().between(-1, 100), Arbitraries.integers().between(-1, 4),
                Arbitraries.integers().between(-1, 4), Arbitraries.integers().between(-1, 4)).as(Spec::new);
        return spec.list().ofMinSize(1).ofMaxSize(12);
    }

    private static TenderScoring setup() {
        return Fixtures.marks("55", "25", "20", MarkingScale.DEFAULT, Fixtures.criterion("A", "50"),
                Fixtures.criterion("B", "30"), Fixtures.criterion("C", "20"));
    }

    private static Bid bid(int n, Spec spec) {
        List<Object> consensus = new ArrayList<>();
        int[] marks = {spec.m1(), spec.m2(), spec.m3()};
        String[] ids = {"A", "B", "C"};
        for (int i = 0; i < 3; i++) {
            if (marks[i] >= 0) {
                consensus.add(ids[i]);
                consensus.add(MARKS[marks[i]]);
            }
        }
        return Fixtures.bid(n, Money.ofPence(spec.pence()).toString(),
                spec.quality() < 0 ? null : Integer.toString(spec.quality()), consensus.toArray());
    }

    @Property(tries = 300)
    void scoresAndRanksDoNotDependOnTheOrderOfTheBids(@ForAll("bids") List<Spec> specs, @ForAll long seed) {
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            bids.add(bid(i + 1, specs.get(i)));
        }
        Evaluation first = Evaluator.evaluate(setup(), bids);
        List<Bid> shuffled = new ArrayList<>(bids);
        Collections.shuffle(shuffled, new Random(seed));
        Evaluation second = Evaluator.evaluate(setup(), shuffled);
        assertEquals(first.results().stream().map(r -> r.bid()).toList(), second.results().stream().map(r -> r.bid()).toList(),
                "the listing is the same");
        for (Bid bid : bids) {
            Evaluation.BidResult a = first.result(bid.id()).orElseThrow();
            Evaluation.BidResult b = second.result(bid.id()).orElseThrow();
            assertEquals(a.total(), b.total(), 0.0);
            assertEquals(a.priceScore(), b.priceScore(), 0.0);
            assertEquals(a.socialValueScore(), b.socialValueScore(), 0.0);
            assertEquals(a.rank(), b.rank());
            assertEquals(a.tieBreak(), b.tieBreak());
        }
        assertEquals(first.gaps(), second.gaps());
    }

    @Property(tries = 300)
    void raisingOneMarkNeverLowersThatBidsTotal(@ForAll("bids") List<Spec> specs, @ForAll @IntRange(min = 0, max = 11) int pick,
            @ForAll @IntRange(min = 0, max = 2) int criterion, @ForAll @IntRange(min = 1, max = 4) int steps) {
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            bids.add(bid(i + 1, specs.get(i)));
        }
        int index = pick % specs.size();
        Spec spec = specs.get(index);
        int[] marks = {spec.m1(), spec.m2(), spec.m3()};
        int from = marks[criterion];
        int to = Math.min(4, from + steps);
        marks[criterion] = to;
        Spec raised = new Spec(spec.pence(), spec.quality(), marks[0], marks[1], marks[2]);
        Bid before = bids.get(index);
        Bid after = bid(index + 1, raised);
        double totalBefore = Evaluator.evaluate(setup(), bids).result(before.id()).orElseThrow().total();
        List<Bid> changed = new ArrayList<>(bids);
        changed.set(index, after);
        double totalAfter = Evaluator.evaluate(setup(), changed).result(after.id()).orElseThrow().total();
        assertTrue(totalAfter >= totalBefore - 1e-9, "raising a mark from " + from + " to " + to + " lowered the total "
                + totalBefore + " to " + totalAfter);
    }
}
