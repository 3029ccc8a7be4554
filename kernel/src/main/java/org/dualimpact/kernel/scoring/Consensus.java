package org.dualimpact.kernel.scoring;

import java.time.Instant;
import java.util.Objects;

import org.dualimpact.kernel.shared.Validation;

/** The moderated consensus mark of one criterion of one bid: the mark that counts. */
public record Consensus(String criterionId, int mark, String moderator, String note, Instant at) {
    public Consensus {
        criterionId = Validation.requireText(criterionId, "criterion", 40);
        moderator = Validation.requireText(moderator, "moderator", 200);
        note = Validation.optionalText(note, "note", 2000);
        Objects.requireNonNull(at, "at");
    }
}
