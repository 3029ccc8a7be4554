package org.dualimpact.persistence.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.dualimpact.kernel.identity.Membership;
import org.dualimpact.kernel.identity.MembershipKind;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;

@Entity
@Table(name = "MEMBERSHIP")
@IdClass(MembershipEntity.Key.class)
public class MembershipEntity {

    /** The ORGANISATION_ID of a platform membership. */
    static final String PLATFORM = "*";

    @Id
    @Column(name = "USER_ID", length = 30)
    private String userId;

    @Id
    @Column(name = "ORGANISATION_ID", length = 40)
    private String organisationId;

    @Column(name = "ROLES", nullable = false, length = 200)
    private String roles;

    @Column(name = "KIND", nullable = false, length = 8)
    private String kind;

    protected MembershipEntity() {
    }

    MembershipEntity(Membership membership) {
        this.userId = membership.user().value();
        this.organisationId = column(membership.organisation());
        this.kind = membership.kind().name();
        update(membership);
    }

    final void update(Membership membership) {
        this.roles = Roles.write(membership.roles());
    }

    static String column(Optional<OrganisationId> organisation) {
        return organisation.map(OrganisationId::value).orElse(PLATFORM);
    }

    Membership toDomain() {
        Optional<OrganisationId> organisation = PLATFORM.equals(organisationId) ? Optional.empty()
                : Optional.of(new OrganisationId(organisationId));
        return new Membership(new UserId(userId), organisation, Roles.read(roles), MembershipKind.valueOf(kind));
    }

    /** The primary key: user and organisation. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String userId;
        private String organisationId;

        public Key() {
        }

        Key(String userId, String organisationId) {
            this.userId = userId;
            this.organisationId = organisationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(organisationId, key.organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, organisationId);
        }
    }
}
