package org.dualimpact.kernel.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who performs a use case: a user (the token's subject), the organisation the user acts for (the
 * {@code org} claim; absent for platform staff such as admins and auditors) and the user's roles.
 *
 * <p>{@link #system(String)} is the product itself acting (start-up data loads, nightly jobs); it
 * holds every role and belongs to no organisation, and journal entries name it as such.
 */
public record Actor(String userId, Optional<String> organisationId, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        Objects.requireNonNull(organisationId, "organisationId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor system(String purpose) {
        return new Actor("system:" + purpose, Optional.empty(), EnumSet.allOf(Role.class));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean actsFor(String organisation) {
        return organisationId.map(organisation::equals).orElse(false);
    }

    /** Refuses the use case unless the actor holds one of the roles. */
    public void require(Role first, Role... more) {
        if (has(first)) {
            return;
        }
        for (Role role : more) {
            if (has(role)) {
                return;
            }
        }
        throw DomainException.notPermitted("role-required",
                "This action needs the role " + describe(first, more) + ".");
    }

    private static String describe(Role first, Role... more) {
        StringBuilder text = new StringBuilder(first.claim());
        for (Role role : more) {
            text.append(" or ").append(role.claim());
        }
        return text.toString();
    }
}
