package org.dualimpact.kernel.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
    void theMonthsOfATerritoryFallIntoDifferentBucketsOfAHashTable() {
        java.util.Set<Integer> buckets = new java.util.HashSet<>();
        for (int m = 0; m < 24; m++) {
            int h = new Slice("E23000001", java.time.YearMonth.of(2025, 1).plusMonths(m)).hashCode();
            buckets.add((h ^ (h >>> 16)) & 2047); // HashMap's bucket in a table of 2048
        }
        assertEquals(24, buckets.size());
        assertEquals(new Slice("E23000001", java.time.YearMonth.of(2026, 5)).hashCode(),
                new Slice("E23000001", java.time.YearMonth.of(2026, 5)).hashCode());
    }

    @Test
    void factDatesReadByHandAreTheDatesLocalDateParses() {
        for (String d : List.of("2026-05-20", "2024-02-29", "2025-12-31", "2026-01-01", "1999-11-28", "2026-02-28")) {
            assertEquals(java.time.LocalDate.parse(d), ContributionFact.date(d), d);
        }
        for (String bad : List.of("2026-13-01", "2025-02-29", "2026-5-20", "2026/05/20", "20260520", "2026-05-2x")) {
            org.junit.jupiter.api.Assertions.assertThrows(java.time.format.DateTimeParseException.class,
                    () -> ContributionFact.date(bad), bad);
        }
    }
}
