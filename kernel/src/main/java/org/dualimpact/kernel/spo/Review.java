package org.dualimpact.kernel.spo;

import java.time.Instant;
import java.util.Objects;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Validation;

/** The buyer's post-contract review. */
public record Review(ReviewVerdict verdict, String notes, OrganisationId buyer, String reviewer, Instant at) {
    public Review {
        Objects.requireNonNull(verdict, "verdict is required");
        notes = Validation.optionalText(notes, "notes", 4000);
        Objects.requireNonNull(buyer);
        Objects.requireNonNull(reviewer);
        Objects.requireNonNull(at);
    }
}
