package org.dualimpact.kernel.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;

/** In-memory fake of the organisation port, for kernel tests. */
public final class InMemoryOrganisationRepository implements OrganisationRepository {

    private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return Optional.ofNullable(organisations.get(id));
    }

    @Override
    public List<Organisation> all() {
        return organisations.values().stream().sorted(Comparator.comparing(Organisation::name)).toList();
    }

    @Override
    public void add(Organisation organisation) {
        if (organisations.putIfAbsent(organisation.id(), organisation) != null) {
            throw new IllegalStateException("duplicate " + organisation.id());
        }
    }
}
