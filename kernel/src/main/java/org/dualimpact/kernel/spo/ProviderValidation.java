package org.dualimpact.kernel.spo;

import java.time.Instant;
import java.util.Objects;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Validation;

/** A provider's own view of delivery, added to the review (community validation). */
public record ProviderValidation(OrganisationId provider, ReviewVerdict verdict, String notes, String validator,
        Instant at) {
    public ProviderValidation {
        Objects.requireNonNull(provider);
        Objects.requireNonNull(verdict, "verdict is required");
        notes = Validation.optionalText(notes, "notes", 4000);
        Objects.requireNonNull(validator);
        Objects.requireNonNull(at);
    }
}
