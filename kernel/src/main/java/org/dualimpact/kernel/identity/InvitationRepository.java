package org.dualimpact.kernel.identity;

import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where invitations are kept, found by the hash of their token. */
public interface InvitationRepository {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The invitation with the id, read for update. */
    Optional<Invitation> find(String id);

    /** The organisation's invitations, newest first. */
    List<Invitation> ofOrganisation(OrganisationId organisation);

    void add(Invitation invitation);

    /** The invitations to the address whose stored state is PENDING (those past their expiry too), read for update. */
    List<Invitation> pendingTo(EmailAddress email);

    /** Replaces the address by {@link EmailAddress#ERASED} in every invitation sent to it or accepted by the user. */
    void eraseEmail(EmailAddress email, UserId acceptedBy);

    /** Replaces the state and acceptor of the stored invitation with the same id. */
    void update(Invitation invitation);
}
