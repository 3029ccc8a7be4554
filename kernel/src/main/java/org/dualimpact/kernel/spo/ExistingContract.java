package org.dualimpact.kernel.spo;

import java.time.LocalDate;
import java.util.Objects;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Validation;

/**
 * The supply contract an existing relationship is brought in under, named by the supplier: its buyer
 * and the buyer's contract reference, dates and value. The buyer confirms it by attaching the
 * signed agreement to that contract.
 */
public record ExistingContract(OrganisationId buyer, String contractReference, LocalDate start, LocalDate end,
        Money value) {

    public ExistingContract {
        Objects.requireNonNull(buyer, "buyer is required");
        contractReference = Validation.requireText(contractReference, "contractReference", 100);
        Validation.requirePlausibleDate(start, "start");
        Validation.requirePlausibleDate(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start");
        }
        Objects.requireNonNull(value, "value is required");
        value.requirePositive("value");
    }
}
