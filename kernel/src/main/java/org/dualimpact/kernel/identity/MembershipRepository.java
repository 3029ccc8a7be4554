package org.dualimpact.kernel.identity;

import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where memberships are kept: read by user on every request, by organisation to manage its members. */
public interface MembershipRepository {

    /** The user's memberships, platform first, then by organisation identifier. */
    List<Membership> of(UserId user);

    /** The platform's memberships (those of no organisation), by user. */
    List<Membership> ofPlatform();

    /** The organisation's memberships. */
    List<Membership> ofOrganisation(OrganisationId organisation);

    /** Stores a new membership; the caller has checked the user has none for the same organisation. */
    void add(Membership membership);

    /** Replaces the roles of the stored membership of the same user and organisation. */
    void update(Membership membership);

    /** Ends the user's membership of the organisation (empty: the platform). */
    void remove(UserId user, Optional<OrganisationId> organisation);

    /** Ends every membership of the user. */
    void removeAll(UserId user);
}
