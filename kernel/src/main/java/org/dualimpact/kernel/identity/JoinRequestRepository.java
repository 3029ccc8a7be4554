package org.dualimpact.kernel.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where join requests are kept. */
public interface JoinRequestRepository {

    Optional<JoinRequest> find(String id);

    /** Pending requests for the territories (all territories when empty), oldest first. */
    List<JoinRequest> pending(Collection<String> territories);

    /** Whether a pending request names the register identifier. */
    boolean pendingFor(OrganisationId registerId);

    void add(JoinRequest request);

    /** Replaces the contact address by {@link EmailAddress#ERASED} in every request naming it or made by the user. */
    void eraseEmail(EmailAddress email, UserId applicant);

    /** Replaces the state, reason and decision of the stored request with the same id. */
    void update(JoinRequest request);
}
