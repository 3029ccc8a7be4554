package org.dualimpact.kernel.scoring;

import java.time.Instant;
import java.util.Objects;

import org.dualimpact.kernel.shared.Validation;

/** One evaluator's mark of one criterion of one bid, with an optional note. Individual marks are kept after consensus. */
public record Mark(String criterionId, String evaluator, int mark, String note, Instant at) {
    public Mark {
        criterionId = Validation.requireText(criterionId, "criterion", 40);
        evaluator = Validation.requireText(evaluator, "evaluator", 200);
        note = Validation.optionalText(note, "note", 2000);
        Objects.requireNonNull(at, "at");
    }
}
