package org.dualimpact.kernel.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Role;

/**
 * A user acting for an organisation with roles, as the product keeps it; a platform membership
 * (admin, auditor, operator) has no organisation.
 *
 * <p>Rules: at least one role; a user has at most one membership per organisation and one on the platform.
 */
public record Membership(UserId user, Optional<OrganisationId> organisation, Set<Role> roles, MembershipKind kind) {

    public Membership {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a membership holds at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isPlatform() {
        return organisation.isEmpty();
    }

    public boolean isFor(OrganisationId id) {
        return organisation.map(id::equals).orElse(false);
    }

    public Membership withRoles(Set<Role> newRoles) {
        return new Membership(user, organisation, newRoles, kind);
    }
}
