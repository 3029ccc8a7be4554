package org.dualimpact.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.dualimpact.kernel.rollup.Quarter;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyReadsAsPoundsWithPenceAndThousands() {
        assertEquals("£90,000.00", Formats.money(new BigDecimal("90000")));
    }

    @Test
    void aQuarterReadsAsItsMonthsAndADayInFull() {
        assertEquals("January to March 2026", Formats.quarter(new Quarter(2026, 1)));
        assertEquals("October to December 2025", Formats.quarter(new Quarter(2025, 4)));
        assertEquals("31 March 2026", Formats.day(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void theFirstOfTwoSignaturesAndTheLastReadDifferently() {
        assertEquals("Signed", Formats.event("sign", "AWAITING_SIGNATURES", "AWAITING_SIGNATURES"));
        assertEquals("Signed: every party has signed", Formats.event("sign", "AWAITING_SIGNATURES", "SIGNED"));
    }

    @Test
    void aFirstSaveIsADraftAndALaterOneAnEdit() {
        assertEquals("Drafted", Formats.event("edit", "", "DRAFT"));
        assertEquals("Edited", Formats.event("edit", "DRAFT", "DRAFT"));
        assertEquals("Edited: endorsements cleared", Formats.event("edit", "ENDORSED", "DRAFT"));
    }

    @Test
    void aSubmissionSaysWhetherItCameWithABid() {
        assertEquals("Submitted with a bid", Formats.event("submit", "ENDORSED", "SUBMITTED"));
        assertEquals("Submitted as an existing relationship", Formats.event("submit", "ENDORSED", "AWAITING_SIGNATURES"));
    }

    @Test
    void aProvidersValidationOfDeliveryReadsAsOne() {
        assertEquals("Delivery validated by a provider", Formats.event("validate", "CONTRACTED", "CONTRACTED"));
    }

    @Test
    void anUnknownActionIsWrittenAsWordsWithItsStages() {
        assertEquals("Put on hold (Contracted to Reviewed)", Formats.event("put_on_hold", "CONTRACTED", "REVIEWED"));
        assertEquals("Noted", Formats.event("noted", "", "DRAFT"));
    }
}
