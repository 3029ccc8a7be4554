package org.dualimpact.kernel.spo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Validation;

/** The supply contract an agreement is attached to, by the buyer, and the code that verifies the agreement. */
public record ContractAttachment(String contractReference, LocalDate start, LocalDate end, Money value,
        OrganisationId buyer, String attachedBy, Instant attachedAt, VerificationCode verificationCode) {

    public ContractAttachment {
        contractReference = Validation.requireText(contractReference, "contractReference", 100);
        Validation.requirePlausibleDate(start, "start");
        Validation.requirePlausibleDate(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start");
        }
        Objects.requireNonNull(value, "value is required");
        value.requirePositive("value");
        Objects.requireNonNull(buyer);
        Objects.requireNonNull(attachedBy);
        Objects.requireNonNull(attachedAt);
        Objects.requireNonNull(verificationCode);
    }
}
