package org.dualimpact.kernel.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class FactsInMemoryTest {

    static final String OXFORD = "E06000057";
    static final String READING = "E06000038";
    static final Slice OXFORD_MAY = new Slice(OXFORD, YearMonth.of(2026, 5));

    static RollupRun run(long instance, long to) {
        return new RollupRun(instance, RollupRequest.incremental(), 0, to, 0, 0, Instant.EPOCH);
    }

    /** Entry {@code seq} recorded in Oxford in May when even, in Reading in June when odd. */
    static ContributionFact fact(long seq) {
        boolean even = seq % 2 == 0;
        return new ContributionFact(seq, seq, FactKind.RECORDED, new String("SPO-1"), even ? OXFORD : READING,
                even ? LocalDate.of(2026, 5, 3) : LocalDate.of(2026, 6, 4), new String("NT1"), "GBP", BigDecimal.ONE, null);
    }

    static List<ContributionFact> facts(long from, long to) {
        return LongStream.range(from, to).mapToObj(FactsInMemoryTest::fact).toList();
    }

    @Test
    void answersOnlyOnceEveryEntryBelowTheBoundWasAddedInWhateverOrderAndCountsARangeAddedTwiceOnce() {
        FactsInMemory memory = new FactsInMemory(100);
        RollupRun run = run(1, 10);
        memory.begin(run, 0);
        memory.add(6, 10, facts(6, 10));
        memory.add(0, 3, facts(0, 3));
        assertFalse(memory.complete(run));
        assertEquals(Optional.empty(), memory.facts(run, OXFORD_MAY), "entries 3..6 missing");
        memory.add(2, 4, facts(2, 4)); // overlaps what is there
        memory.add(4, 6, facts(4, 6));

        assertTrue(memory.complete(run));
        List<ContributionFact> oxford = memory.facts(run, OXFORD_MAY).orElseThrow();
        assertEquals(List.of(0L, 2L, 4L, 6L, 8L), oxford.stream().map(ContributionFact::sequence).toList());
        assertEquals(facts(0, 10).stream().filter(f -> f.territory().equals(OXFORD)).toList(), oxford);
        assertSame(oxford.get(0).agreement(), oxford.get(1).agreement(), "one copy of each text");
        assertEquals(Set.of(OXFORD_MAY, new Slice(READING, YearMonth.of(2026, 6))), memory.slices(run).orElseThrow());
        assertEquals(List.of(), memory.facts(run, new Slice(OXFORD, YearMonth.of(2026, 7))).orElseThrow());
    }

    @Test
    void keepsOneRunFromEntryZeroWithinItsLimitAndForgetsItWhenReleasedOrAnotherBegins() {
        FactsInMemory memory = new FactsInMemory(10);
        RollupRun incremental = new RollupRun(2, RollupRequest.incremental(), 4, 10, 0, 0, Instant.EPOCH);
        memory.begin(incremental, 4);
        memory.add(4, 10, facts(4, 10));
        assertFalse(memory.complete(incremental), "a run not indexing from 0 is not kept");

        RollupRun tooLarge = run(3, 11);
        memory.begin(tooLarge, 0);
        memory.add(0, 11, facts(0, 11));
        assertFalse(memory.complete(tooLarge), "over the limit");

        RollupRun first = run(4, 10);
        memory.begin(first, 0);
        memory.add(0, 10, facts(0, 10));
        memory.begin(first, 0); // planned again in this JVM: keeps what it has
        assertTrue(memory.complete(first));
        assertEquals(Optional.empty(), memory.facts(run(5, 10), OXFORD_MAY), "another run");

        memory.begin(run(5, 10), 0);
        assertFalse(memory.complete(first), "forgotten for the next run");
        memory.add(0, 10, facts(0, 10));
        memory.release(run(5, 10));
        assertEquals(Optional.empty(), memory.slices(run(5, 10)));
        memory.add(0, 10, facts(0, 10)); // after release: ignored
        assertFalse(memory.complete(run(5, 10)));

        RollupRun stopped = run(6, 10);
        memory.begin(stopped, 0);
        memory.add(0, 10, facts(0, 10));
        memory.release(5L); // another instance's execution ended: nothing of this one goes
        assertTrue(memory.complete(stopped));
        memory.release(6L); // this one's execution ended (stopped, failed): its facts go
        assertFalse(memory.complete(stopped));

        assertFalse(FactsInMemory.none().maxEntries() > 0);
        assertEquals(5_000_000, FactsInMemory.withinHeapShare(4_000_000_000L, 0.25).maxEntries());
        assertThrows(IllegalArgumentException.class, () -> new FactsInMemory(-1));
    }
}
