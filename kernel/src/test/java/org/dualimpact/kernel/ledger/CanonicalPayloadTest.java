package org.dualimpact.kernel.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class CanonicalPayloadTest {

    private static final Map<String, String> RECORDED = Map.of("contributionType", "IN_KIND", "quantity", "2.125",
            "unit", "laptops", "value", "600.50", "measureCode", "NT2", "territory", "E23000029",
            "deliveryDate", "2026-05-23", "commitmentLine", "2", "evidenceHash",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "evidenceName", "");

    @Test
    void aRecordingReadsAndWritesBackTheSamePayload() {
        EntryPayload payload = EntryPayload.of(EntryType.CONTRIBUTION_RECORDED, RECORDED);

        assertEquals(new TreeMap<>(RECORDED), payload.canonical());
    }

    @Test
    void aCorrectionReadsAndWritesBackTheSamePayload() {
        Map<String, String> amendment = Map.of("ref", "3", "correction", "AMENDMENT", "quantity", "1", "value", "300.00",
                "reason", "484e6df20c559bf2be79f9c11ec519ad92d2f3abb66f1d9bc0ac0e6092a3b060");

        assertEquals(new TreeMap<>(amendment), EntryPayload.of(EntryType.CONTRIBUTION_CORRECTED, amendment).canonical());
    }

    @Test
    void aFieldTheKindDoesNotHaveIsRefused() {
        Map<String, String> extra = new TreeMap<>(RECORDED);
        extra.put("colour", "blue");

        assertThrows(IllegalArgumentException.class, () -> EntryPayload.of(EntryType.CONTRIBUTION_RECORDED, extra));
    }

    @Test
    void aValueThatWouldNotWriteBackTheSameIsRefused() {
        for (String[] change : new String[][] {{"quantity", "1E+3"}, {"commitmentLine", "02"}, {"deliveryDate", "+2026-05-23"}}) {
            Map<String, String> odd = new TreeMap<>(RECORDED);
            odd.put(change[0], change[1]);
            assertThrows(RuntimeException.class, () -> EntryPayload.of(EntryType.CONTRIBUTION_RECORDED, odd), change[0]);
        }
        assertThrows(IllegalArgumentException.class, () -> EntryPayload.of(EntryType.CONTRIBUTION_CONFIRMED,
                Map.of("ref", "007")));
    }

    @Test
    void aReversalWithAQuantityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EntryPayload.of(EntryType.CONTRIBUTION_CORRECTED,
                Map.of("ref", "3", "correction", "REVERSAL", "quantity", "1")));
    }
}
