package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.identity.EmailAddress;
import org.dualimpact.kernel.identity.JoinRequest;
import org.dualimpact.kernel.identity.JoinRequestRepository;
import org.dualimpact.kernel.identity.JoinRequestState;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;

/** In-memory fake of the join request port. */
public final class InMemoryJoinRequestRepository implements JoinRequestRepository {

    private final List<JoinRequest> requests = new ArrayList<>();

    @Override
    public Optional<JoinRequest> find(String id) {
        return requests.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<JoinRequest> pending(Collection<String> territories) {
        return requests.stream().filter(r -> r.state() == JoinRequestState.PENDING)
                .filter(r -> territories.isEmpty() || territories.contains(r.territory())).toList();
    }

    @Override
    public boolean pendingFor(OrganisationId registerId) {
        return requests.stream().anyMatch(r -> r.state() == JoinRequestState.PENDING && r.registerId().equals(registerId));
    }

    @Override
    public void add(JoinRequest request) {
        requests.add(request);
    }

    @Override
    public void eraseEmail(EmailAddress email, UserId applicant) {
        requests.replaceAll(r -> r.contactEmail().equals(email) || r.applicant().equals(applicant)
                ? r.withContactEmail(EmailAddress.ERASED) : r);
    }

    public List<JoinRequest> all() {
        return List.copyOf(requests);
    }

    @Override
    public void update(JoinRequest request) {
        requests.set(requests.indexOf(find(request.id()).orElseThrow()), request);
    }
}
