package org.dualimpact.kernel.diagnostic;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.shared.Validation;

/**
 * One respondent's answer to one value code: a {@link Rating} (absent while the respondent has only
 * written a note), a comment (possibly empty, at most {@value #COMMENT_MAX} characters), and when
 * it was last saved.
 */
public record Answer(String valueCode, String respondent, Optional<Rating> rating, String comment, Instant at) {

    public static final int COMMENT_MAX = 4000;

    public Answer {
        Objects.requireNonNull(valueCode, "valueCode");
        respondent = Validation.requireText(respondent, "respondent", 200);
        Objects.requireNonNull(rating, "rating");
        comment = Validation.optionalText(comment, "comment", COMMENT_MAX);
        Objects.requireNonNull(at, "at");
    }

    /** Rated with a level or unscored (a comment alone is not an answer yet). */
    public boolean isRated() {
        return rating.isPresent();
    }
}
