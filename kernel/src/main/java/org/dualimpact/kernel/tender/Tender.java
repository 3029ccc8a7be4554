package org.dualimpact.kernel.tender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Validation;

/**
 * A buyer's invitation to bid, in one territory.
 *
 * <p>Rules: accepts submissions only while {@code OPEN} and on or before its closing date; can be
 * awarded once closed or past its closing date, exactly once, to one supplier.
 */
public final class Tender {

    private final TenderReference reference;
    private final OrganisationId buyer;
    private final String title;
    private final String territory;
    private final LocalDate closingDate;
    private final Instant createdAt;
    private TenderStatus status;
    private OrganisationId awardedTo;
    private Instant awardedAt;

    public Tender(TenderReference reference, OrganisationId buyer, String title, String territory, LocalDate closingDate,
            Instant createdAt, TenderStatus status, OrganisationId awardedTo, Instant awardedAt) {
        this.reference = Objects.requireNonNull(reference);
        this.buyer = Objects.requireNonNull(buyer);
        this.title = Validation.requireText(title, "title", 200);
        this.territory = Objects.requireNonNull(territory);
        this.closingDate = Objects.requireNonNull(closingDate, "closing date is required");
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Objects.requireNonNull(status);
        this.awardedTo = awardedTo;
        this.awardedAt = awardedAt;
    }

    /** True while suppliers may submit proposals on that day. */
    public boolean acceptsSubmissions(LocalDate today) {
        return status == TenderStatus.OPEN && !today.isAfter(closingDate);
    }

    public void close(LocalDate today) {
        if (status != TenderStatus.OPEN) {
            throw DomainException.conflict("tender-not-open", "Tender " + reference + " is " + status + ", not OPEN.");
        }
        status = TenderStatus.CLOSED;
    }

    public void award(OrganisationId supplier, LocalDate today, Instant at) {
        if (status == TenderStatus.AWARDED) {
            throw DomainException.conflict("tender-already-awarded", "Tender " + reference + " is already awarded.");
        }
        if (status == TenderStatus.OPEN && !today.isAfter(closingDate)) {
            throw DomainException.conflict("tender-still-open", "Tender " + reference + " closes on " + closingDate
                    + "; close it before awarding.");
        }
        status = TenderStatus.AWARDED;
        awardedTo = Objects.requireNonNull(supplier);
        awardedAt = at;
    }

    public TenderReference reference() {
        return reference;
    }

    public OrganisationId buyer() {
        return buyer;
    }

    public String title() {
        return title;
    }

    public String territory() {
        return territory;
    }

    public LocalDate closingDate() {
        return closingDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public TenderStatus status() {
        return status;
    }

    public Optional<OrganisationId> awardedTo() {
        return Optional.ofNullable(awardedTo);
    }

    public Optional<Instant> awardedAt() {
        return Optional.ofNullable(awardedAt);
    }
}
