package org.dualimpact.persistence.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dualimpact.kernel.identity.EmailAddress;
import org.dualimpact.kernel.identity.Invitation;
import org.dualimpact.kernel.identity.InvitationState;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;

@Entity
@Table(name = "INVITATION")
public class InvitationEntity {

    @Id
    @Column(name = "ID", length = 30)
    private String id;

    @Column(name = "ORGANISATION_ID", nullable = false, length = 40)
    private String organisationId;

    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;

    @Column(name = "ROLES", nullable = false, length = 200)
    private String roles;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "INVITED_BY", nullable = false, length = 200)
    private String invitedBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "STATE", nullable = false, length = 16)
    private String state;

    @Column(name = "ACCEPTED_BY", length = 30)
    private String acceptedBy;

    protected InvitationEntity() {
    }

    InvitationEntity(Invitation invitation) {
        this.id = invitation.id();
        this.organisationId = invitation.organisation().value();
        this.email = invitation.email().value();
        this.roles = Roles.write(invitation.roles());
        this.tokenHash = invitation.tokenHash();
        this.invitedBy = invitation.invitedBy();
        this.createdAt = invitation.createdAt();
        this.expiresAt = invitation.expiresAt();
        update(invitation);
    }

    final void update(Invitation invitation) {
        this.state = invitation.state().name();
        this.acceptedBy = invitation.acceptedBy().map(UserId::value).orElse(null);
    }

    Invitation toDomain() {
        return new Invitation(id, new OrganisationId(organisationId), new EmailAddress(email), Roles.read(roles), tokenHash,
                invitedBy, createdAt, expiresAt, InvitationState.valueOf(state), Optional.ofNullable(acceptedBy).map(UserId::new));
    }
}
