package org.dualimpact.it;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.spo.ContributionType;

/** Contributions for tests that append to the ledger store directly. */
final class Contributions {

    private Contributions() {
    }

    /** {@code hours} of volunteering (NT7) in Thames Valley, delivered on 1 November 2026. */
    static ContributionRecorded volunteering(long hours) {
        return new ContributionRecorded(ContributionType.VOLUNTEERING, BigDecimal.valueOf(hours), "hours", null, "NT7",
                "E23000029", LocalDate.of(2026, 11, 1), null, null, null, null);
    }
}
