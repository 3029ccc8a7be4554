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
        assertEquals(false, FactBlock.encode(facts).contains("\\"), "null numbers are empty: nothing for COPY to escape");
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

    @Test
    void aBlockCutShortAtTheEndOfAFactIsRefusedByItsCount() {
        ContributionFact f = new ContributionFact(1, 1, FactKind.RECORDED, "SPO-1", "E23000029", DAY, "NT1", "GBP", BigDecimal.TEN, null);
        String one = FactBlock.encode(List.of(f));
        assertEquals(List.of(f), FactBlock.decode("E23000029", one, 1));
        assertThrows(IllegalStateException.class, () -> FactBlock.decode("E23000029", one, 2));
    }

    @Test
    void anUnknownEscapeOrAnUnreadableValueIsRefusedWithTheTerritoryNamed() {
        ContributionFact f = new ContributionFact(1, 1, FactKind.RECORDED, "SPO-1", "E23000029", DAY, "NT1", "GBP", BigDecimal.TEN, null);
        String text = FactBlock.encode(List.of(f));
        IllegalStateException escape = assertThrows(IllegalStateException.class,
                () -> FactBlock.decode("E23000029", text.replace("GBP", "G\\qP")));
        assertEquals(true, escape.getMessage().contains("E23000029"), escape.getMessage());
        IllegalStateException number = assertThrows(IllegalStateException.class,
                () -> FactBlock.decode("E23000029", text.replace("10", "1O")));
        assertEquals(true, number.getMessage().contains("E23000029"), number.getMessage());
    }

    @Test
    void onlyTheFactsAskedForAreDecoded() {
        List<ContributionFact> facts = new java.util.ArrayList<>();
        for (long seq = 20; seq < 30; seq++) {
            facts.add(new ContributionFact(seq, seq, FactKind.RECORDED, "SPO-1", "E23000029", DAY, "NT\\1", "G\u001FBP",
                    BigDecimal.valueOf(seq), null));
        }
        String text = FactBlock.encode(facts);
        assertEquals(List.of(facts.get(1), facts.get(9)), FactBlock.decode("E23000029", text, seq -> seq == 21 || seq == 29));
        assertEquals(List.of(), FactBlock.decode("E23000029", text, seq -> false));
    }
}
