package org.dualimpact.ledger.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.ledger.ExportLine;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.spo.ContributionType;
import org.junit.jupiter.api.Test;

class JsonExportLinesTest {

    private static final LedgerEntry ENTRY = LedgerEntry.of(7, Instant.parse("2026-06-01T09:00:00Z"), "SPO-TVP-2026-000001-W",
            "GB-COH-09000001", "0".repeat(64), new ContributionRecorded(ContributionType.VOLUNTEERING, BigDecimal.ONE, "hours",
                    null, "NT3", "E23000029", LocalDate.of(2026, 5, 20), null, null, null, null));

    @Test
    void aLineCarriesSequenceLeafHashCanonicalBytesAndPersonalDataInOrder() {
        String line = JsonExportLines.json(new ExportLine(ENTRY, List.of(new PersonalData(7, "actor", "ab", "sam"),
                new PersonalData(7, "description", "cd", "line \"6\"\n"))));

        assertEquals("{\"seq\":7,\"leafHash\":\"" + ENTRY.leafHash() + "\",\"canonical\":\""
                + Base64.getEncoder().encodeToString(ENTRY.canonicalBytes()) + "\",\"personal\":[{\"field\":\"actor\","
                + "\"salt\":\"ab\",\"text\":\"sam\"},{\"field\":\"description\",\"salt\":\"cd\",\"text\":\"line \\\"6\\\"\\n\"}]}",
                line);
    }

    @Test
    void anErasedEntryHasNoPersonalData() {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(JsonExportLines.json(new ExportLine(ENTRY, List.of()))))) {
            json = reader.readObject();
        }

        assertEquals(0, json.getJsonArray("personal").size());
        assertEquals(7, json.getInt("seq"));
    }
}
