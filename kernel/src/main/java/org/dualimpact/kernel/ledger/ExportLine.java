package org.dualimpact.kernel.ledger;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the auditor's export, with the personal data still held for it (empty once erased). The
 * export's file format (JSON Lines, read by the offline verifier) is written by an adapter.
 */
public record ExportLine(LedgerEntry entry, List<PersonalData> personal) {

    public ExportLine {
        Objects.requireNonNull(entry);
        personal = List.copyOf(personal);
    }
}
