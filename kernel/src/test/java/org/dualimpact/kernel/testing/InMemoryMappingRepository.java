package org.dualimpact.kernel.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.mapping.Mapping;
import org.dualimpact.kernel.mapping.MappingId;
import org.dualimpact.kernel.mapping.MappingRepository;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;

/** In-memory fake of the mapping port. */
public final class InMemoryMappingRepository implements MappingRepository {

    private final Map<MappingId, Mapping> mappings = new LinkedHashMap<>();

    @Override
    public Optional<Mapping> find(MappingId id) {
        return Optional.ofNullable(mappings.get(id));
    }

    @Override
    public List<Mapping> ofOwner(OrganisationId owner) {
        return mappings.values().stream().filter(m -> m.owner().equals(owner)).toList();
    }

    @Override
    public long add(Mapping mapping) {
        mappings.put(mapping.id(), mapping.withVersion(1));
        return 1;
    }

    @Override
    public long update(Mapping mapping) {
        Mapping stored = mappings.get(mapping.id());
        if (stored.version() != mapping.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "stale");
        }
        mappings.put(mapping.id(), mapping.withVersion(stored.version() + 1));
        return stored.version() + 1;
    }
}
