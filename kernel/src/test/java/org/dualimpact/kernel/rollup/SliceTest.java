package org.dualimpact.kernel.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.dualimpact.kernel.ledger.CanonicalPayload;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void theHandWrittenTerritoryCheckAcceptsExactlyWhatThePatternAccepts() {
        List<String> values = List.of("E23000001", "W15000001", "S32000009", "N23000001", "E23000001-TVP", "E23000001-AB",
                "E23000001-ABCDE", "E23000001-ABCDEF", "E23000001-A", "E23000001-", "E23000001-ab", "E2300000", "E230000011",
                "X23000001", "e23000001", "E2300000A", "E23000001_TVP", "", "UNKNOWN", "E23000001-TV1", "E 3000001");
        for (String v : values) {
            assertEquals(Slice.TERRITORY.matcher(v).matches(), Slice.isTerritoryCode(v), v);
        }
        assertEquals("UNKNOWN", Slice.territoryOf("Thames Valley"));
        assertEquals("E23000001-TVP", Slice.territoryOf("E23000001-TVP"));
    }

    @Test
    void contributionDatesReadByHandAreTheDatesLocalDateParses() {
        for (String d : List.of("2026-05-20", "2024-02-29", "2025-12-31", "2026-01-01", "1999-11-28", "2026-02-28")) {
            assertEquals(LocalDate.parse(d), CanonicalPayload.date(d), d);
        }
        for (String bad : List.of("2026-13-01", "2025-02-29", "2026-5-20", "2026/05/20", "20260520", "2026-05-2x")) {
            assertThrows(DateTimeParseException.class, () -> CanonicalPayload.date(bad), bad);
        }
    }
}
