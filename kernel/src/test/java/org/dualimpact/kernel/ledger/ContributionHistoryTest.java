package org.dualimpact.kernel.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dualimpact.kernel.ledger.ContributionState.Verdict;
import org.dualimpact.kernel.spo.ContributionType;
import org.junit.jupiter.api.Test;

class ContributionHistoryTest {

    private final ContributionHistory history = new ContributionHistory();

    private static ContributionRecorded laptops(String quantity, String value) {
        return new ContributionRecorded(ContributionType.IN_KIND, new BigDecimal(quantity), "laptops",
                value == null ? null : new BigDecimal(value), "NT2", "E23000029", LocalDate.of(2026, 5, 20), 2, null, null, null);
    }

    @Test
    void anAmendmentSetsQuantityAndKeepsTheRecordedValueWhenItGivesNone() {
        history.apply(0, laptops("6", "1800.00"));
        history.apply(1, ContributionCorrected.amendment(0, new BigDecimal("4"), null));

        ContributionState<ContributionRecorded> state = history.state(0).orElseThrow();
        assertEquals(new BigDecimal("4"), state.quantity());
        assertEquals(new BigDecimal("1800.00"), state.value());
        assertTrue(state.amended());
        assertTrue(state.corrected());
    }

    @Test
    void anAmendmentWithAValueSetsTheValue() {
        history.apply(0, laptops("6", null));
        history.apply(1, ContributionCorrected.amendment(0, new BigDecimal("4"), new BigDecimal("1200.00")));

        assertEquals(new BigDecimal("1200.00"), history.state(0).orElseThrow().value());
        assertTrue(history.state(0).orElseThrow().valued());
    }

    @Test
    void theLatestConfirmationOrDisputeIsTheVerdict() {
        history.apply(0, laptops("6", "1800.00"));
        history.apply(1, new ContributionConfirmed(0));
        assertEquals(Verdict.CONFIRMED, history.state(0).orElseThrow().verdict());

        history.apply(2, new ContributionDisputed(0, null));

        assertEquals(Verdict.DISPUTED, history.state(0).orElseThrow().verdict());
    }

    @Test
    void aReversedContributionNoLongerCountsAndLaterFollowUpsChangeNothing() {
        history.apply(0, laptops("6", "1800.00"));
        history.apply(1, laptops("1", "300.00"));
        history.apply(2, ContributionCorrected.reversal(0));
        ContributionState<ContributionRecorded> reversed = history.state(0).orElseThrow();

        history.apply(3, new ContributionConfirmed(0));
        history.apply(4, ContributionCorrected.amendment(0, BigDecimal.TEN, null));

        assertEquals(reversed, history.state(0).orElseThrow());
        assertFalse(reversed.counts());
        assertEquals(Verdict.NONE, reversed.verdict());
        assertEquals(List.of(1L), history.counting().stream().map(ContributionState::contribution).toList());
        assertEquals(2, history.states().size(), "reversed contributions stay readable");
    }

    @Test
    void aFollowUpOfAContributionNotSeenRecordedIsIgnored() {
        assertTrue(history.apply(7, new ContributionConfirmed(3)).isEmpty());
        assertTrue(history.states().isEmpty());
    }

    @Test
    void entriesAreAppliedInSequenceOrder() {
        history.apply(5, laptops("1", null));

        assertThrows(IllegalArgumentException.class, () -> history.apply(5, new ContributionConfirmed(5)));
        assertThrows(IllegalArgumentException.class, () -> history.apply(4, laptops("1", null)));
    }

    @Test
    void aRecordingWithoutAValueHasNone() {
        ContributionState<ContributionRecorded> state = history.apply(0, laptops("1", null)).orElseThrow();

        assertNull(state.value());
        assertEquals(BigDecimal.ZERO, state.valueOrZero());
    }
}
