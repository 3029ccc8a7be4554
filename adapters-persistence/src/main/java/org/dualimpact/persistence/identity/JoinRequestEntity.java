package org.dualimpact.persistence.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dualimpact.kernel.identity.EmailAddress;
import org.dualimpact.kernel.identity.JoinRequest;
import org.dualimpact.kernel.identity.JoinRequestState;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;

@Entity
@Table(name = "JOIN_REQUEST")
public class JoinRequestEntity {

    @Id
    @Column(name = "ID", length = 30)
    private String id;

    @Column(name = "APPLICANT", nullable = false, length = 30)
    private String applicant;

    @Column(name = "ORGANISATION_NAME", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;

    @Column(name = "REGISTER_ID", nullable = false, length = 40)
    private String registerId;

    @Column(name = "TERRITORY_CODE", nullable = false, length = 16)
    private String territory;

    @Column(name = "CONTACT_EMAIL", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    @Column(name = "STATE", nullable = false, length = 16)
    private String state;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "DECIDED_BY", length = 200)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    protected JoinRequestEntity() {
    }

    JoinRequestEntity(JoinRequest request) {
        this.id = request.id();
        this.applicant = request.applicant().value();
        this.organisationName = request.organisationName();
        this.kind = request.kind().name();
        this.registerId = request.registerId().value();
        this.territory = request.territory();
        this.contactEmail = request.contactEmail().value();
        this.submittedAt = request.submittedAt();
        update(request);
    }

    final void update(JoinRequest request) {
        this.state = request.state().name();
        this.reason = request.reason().orElse(null);
        this.decidedBy = request.decidedBy().orElse(null);
        this.decidedAt = request.decidedAt().orElse(null);
    }

    JoinRequest toDomain() {
        return new JoinRequest(id, new UserId(applicant), organisationName, OrganisationKind.valueOf(kind),
                new OrganisationId(registerId), territory, new EmailAddress(contactEmail), submittedAt,
                JoinRequestState.valueOf(state), Optional.ofNullable(reason), Optional.ofNullable(decidedBy),
                Optional.ofNullable(decidedAt));
    }
}
