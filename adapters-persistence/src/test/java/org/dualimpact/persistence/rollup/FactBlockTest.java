package org.dualimpact.persistence.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.FactKind;
import org.junit.jupiter.api.Test;

class FactBlockTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @Test
    void factsReadBackAsWrittenScaleAndNullsIncluded() {
        ContributionFact recorded = new ContributionFact(7, 7, FactKind.RECORDED, "SPO-2026-000001", "E23000029", DAY, "NT1", "GBP",
                new BigDecimal("500.000"), new BigDecimal("500.00"));
        ContributionFact hours = new ContributionFact(8, 8, FactKind.RECORDED, "SPO-2026-000001", "E23000029", DAY, "NT7", "hours",
                new BigDecimal("3"), null);
        ContributionFact reversed = new ContributionFact(9, 8, FactKind.REVERSED, "SPO-2026-000001", null, null, null, null, null, null)
                .about(hours);
        List<ContributionFact> facts = List.of(recorded, hours, reversed);
        assertEquals(facts, FactBlock.decode("E23000029", FactBlock.encode(facts)));
        assertEquals(List.of(), FactBlock.decode("E23000029", FactBlock.encode(List.of())));
    }

    @Test
    void separatorsBackslashesAndTheNullMarkerInsideValuesSurvive() {
        for (String unit : List.of("a\\b", "\\N", "\\", "x\u001Fy", "x\u001Ez", "\\\u001E\\f", "tab\tand\nnewline")) {
            ContributionFact f = new ContributionFact(1, 1, FactKind.RECORDED, "SPO\u001F1", "E23000029", DAY, "NT\\1", unit,
                    BigDecimal.TEN, null);
            assertEquals(List.of(f, f), FactBlock.decode("E23000029", FactBlock.encode(List.of(f, f))), unit);
        }
    }

    @Test
    void aTruncatedBlockIsRefusedNotHalfRead() {
        ContributionFact f = new ContributionFact(1, 1, FactKind.RECORDED, "SPO-1", "E23000029", DAY, "NT1", "GBP", BigDecimal.TEN, null);
        String text = FactBlock.encode(List.of(f, f));
        assertThrows(IllegalStateException.class, () -> FactBlock.decode("E23000029", text.substring(0, text.length() - 3)));
        assertThrows(IllegalStateException.class, () -> FactBlock.decode("E23000029", text.substring(0, text.length() - 1)));
    }
}
