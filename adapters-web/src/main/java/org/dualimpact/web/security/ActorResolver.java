package org.dualimpact.web.security;

import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;

/**
 * Turns a verified caller into the kernel's {@link Actor}: from the product's memberships, or from
 * the token's own {@code org} and {@code groups} claims when its issuer is trusted for them.
 * Refusals are {@code DomainException}s ({@code no-membership}, {@code organisation-choice-required},
 * {@code not-a-member}).
 */
public interface ActorResolver {

    /**
     * @param caller who the token says the caller is
     * @param actingFor the organisation the caller chose to act for (header
     *        {@code Dual-Impact-Organisation} or query parameter {@code actingFor}), if any
     */
    Actor actorFor(Caller caller, Optional<OrganisationId> actingFor);
}
