package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.identity.Membership;
import org.dualimpact.kernel.identity.MembershipRepository;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;

/** In-memory fake of the membership port; counts reads and writes. */
public final class InMemoryMembershipRepository implements MembershipRepository {

    private final List<Membership> memberships = new ArrayList<>();
    private int reads;
    private int writes;

    @Override
    public List<Membership> of(UserId user) {
        reads++;
        return memberships.stream().filter(m -> m.user().equals(user))
                .sorted(Comparator.comparing((Membership m) -> m.organisation().map(OrganisationId::value).orElse(""))).toList();
    }

    @Override
    public List<Membership> ofPlatform() {
        reads++;
        return memberships.stream().filter(Membership::isPlatform).toList();
    }

    @Override
    public List<Membership> ofOrganisation(OrganisationId organisation) {
        reads++;
        return memberships.stream().filter(m -> m.isFor(organisation)).toList();
    }

    @Override
    public void add(Membership membership) {
        writes++;
        if (find(membership.user(), membership.organisation()).isPresent()) {
            throw new IllegalStateException("duplicate membership");
        }
        memberships.add(membership);
    }

    @Override
    public void update(Membership membership) {
        writes++;
        Membership old = find(membership.user(), membership.organisation()).orElseThrow();
        memberships.set(memberships.indexOf(old), membership);
    }

    @Override
    public void remove(UserId user, Optional<OrganisationId> organisation) {
        writes++;
        find(user, organisation).ifPresent(memberships::remove);
    }

    @Override
    public void removeAll(UserId user) {
        writes++;
        memberships.removeIf(m -> m.user().equals(user));
    }

    private Optional<Membership> find(UserId user, Optional<OrganisationId> organisation) {
        return memberships.stream().filter(m -> m.user().equals(user) && m.organisation().equals(organisation)).findFirst();
    }

    public int reads() {
        return reads;
    }

    public int writes() {
        return writes;
    }

    public List<Membership> all() {
        return List.copyOf(memberships);
    }
}
