package org.dualimpact.batch.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.FactKind;
import org.junit.jupiter.api.Test;

/** The index step's writer stores a run of adjacent pages in one write, and never merges across a gap. */
class FactIndexWriterTest {

    static ContributionFact recorded(long sequence) {
        return new ContributionFact(sequence, sequence, FactKind.RECORDED, "SPO-2026-000001", "E23000029", LocalDate.of(2026, 5, 20),
                "NT1", "GBP", new BigDecimal("10.000"), new BigDecimal("10.00"));
    }

    static LedgerPageReader.Page page(long from, long to) {
        return new LedgerPageReader.Page(from, to, LongStream.range(from, to).mapToObj(FactIndexWriterTest::recorded).toList());
    }

    @Test
    void adjacentPagesAreOneWriteWithTheirFactsInOrder() {
        List<LedgerPageReader.Page> runs = FactIndexWriter.adjacentRuns(List.of(page(0, 2), page(2, 5), page(5, 6)));
        assertEquals(List.of(page(0, 6)), runs);
    }

    @Test
    void aGapOrAPageOutOfOrderStartsAnotherWrite() {
        assertEquals(List.of(page(0, 2), page(3, 5)), FactIndexWriter.adjacentRuns(List.of(page(0, 1), page(1, 2), page(3, 5))));
        assertEquals(List.of(page(4, 6), page(0, 4)), FactIndexWriter.adjacentRuns(List.of(page(4, 6), page(0, 2), page(2, 4))));
    }

    @Test
    void anEmptyPageStillCoversItsRangeAndNoPagesNoWrite() {
        LedgerPageReader.Page empty = new LedgerPageReader.Page(2, 3, List.of());
        assertEquals(List.of(new LedgerPageReader.Page(0, 3, page(0, 2).facts())), FactIndexWriter.adjacentRuns(List.of(page(0, 2), empty)),
                "a page with no facts still has its range replaced");
        assertEquals(List.of(), FactIndexWriter.adjacentRuns(List.of()));
    }
}
