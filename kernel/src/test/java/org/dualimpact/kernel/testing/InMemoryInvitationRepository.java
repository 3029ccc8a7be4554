package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.identity.EmailAddress;
import org.dualimpact.kernel.identity.Invitation;
import org.dualimpact.kernel.identity.InvitationRepository;
import org.dualimpact.kernel.identity.InvitationState;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;

/** In-memory fake of the invitation port. */
public final class InMemoryInvitationRepository implements InvitationRepository {

    private final List<Invitation> invitations = new ArrayList<>();

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return invitations.stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public Optional<Invitation> find(String id) {
        return invitations.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    public List<Invitation> ofOrganisation(OrganisationId organisation) {
        return invitations.stream().filter(i -> i.organisation().equals(organisation))
                .sorted(Comparator.comparing(Invitation::createdAt).reversed()).toList();
    }

    @Override
    public void add(Invitation invitation) {
        invitations.add(invitation);
    }

    @Override
    public List<Invitation> pendingTo(EmailAddress email) {
        return invitations.stream().filter(i -> i.email().equals(email) && i.state() == InvitationState.PENDING).toList();
    }

    @Override
    public void eraseEmail(EmailAddress email, UserId acceptedBy) {
        invitations.replaceAll(i -> i.email().equals(email) || i.acceptedBy().equals(Optional.of(acceptedBy))
                ? i.withEmail(EmailAddress.ERASED) : i);
    }

    @Override
    public void update(Invitation invitation) {
        Invitation old = invitations.stream().filter(i -> i.id().equals(invitation.id())).findFirst().orElseThrow();
        invitations.set(invitations.indexOf(old), invitation);
    }

    public List<Invitation> all() {
        return List.copyOf(invitations);
    }
}
