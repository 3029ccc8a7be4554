package org.dualimpact.persistence.tender;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderStatus;

@Entity
@Table(name = "TENDER")
public class TenderEntity {

    @Id
    @Column(name = "REFERENCE", length = 30)
    String reference;

    @Column(name = "BUYER_ID", nullable = false, length = 40)
    String buyer;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "TERRITORY_CODE", nullable = false, length = 16)
    String territory;

    @Column(name = "CLOSING_DATE", nullable = false)
    LocalDate closingDate;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "AWARDED_TO", length = 40)
    String awardedTo;

    @Column(name = "AWARDED_AT")
    Instant awardedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    protected TenderEntity() {
    }

    TenderEntity(Tender tender) {
        reference = tender.reference().value();
        buyer = tender.buyer().value();
        title = tender.title();
        territory = tender.territory();
        closingDate = tender.closingDate();
        createdAt = tender.createdAt();
        copyState(tender);
    }

    void copyState(Tender tender) {
        status = tender.status().name();
        awardedTo = tender.awardedTo().map(OrganisationId::value).orElse(null);
        awardedAt = tender.awardedAt().orElse(null);
    }

    Tender toDomain() {
        return new Tender(new TenderReference(reference), new OrganisationId(buyer), title, territory, closingDate, createdAt,
                TenderStatus.valueOf(status), awardedTo == null ? null : new OrganisationId(awardedTo), awardedAt);
    }
}
