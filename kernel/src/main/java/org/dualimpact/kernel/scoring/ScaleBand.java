package org.dualimpact.kernel.scoring;

import org.dualimpact.kernel.shared.Validation;

/** One mark of a marking scale (0–100) and what a response must show to earn it. */
public record ScaleBand(int mark, String description) {
    public ScaleBand {
        if (mark < 0 || mark > 100) {
            throw new IllegalArgumentException("a mark lies from 0 to 100");
        }
        description = Validation.requireText(description, "band description", 1000);
    }
}
