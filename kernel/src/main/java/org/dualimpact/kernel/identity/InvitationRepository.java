package org.dualimpact.kernel.identity;

import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where invitations are kept, found by the hash of their token. */
public interface InvitationRepository {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The organisation's invitations, newest first. */
    List<Invitation> ofOrganisation(OrganisationId organisation);

    void add(Invitation invitation);

    /** Replaces the state and acceptor of the stored invitation with the same id. */
    void update(Invitation invitation);
}
