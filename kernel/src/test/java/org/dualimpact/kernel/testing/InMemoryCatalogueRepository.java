package org.dualimpact.kernel.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.shared.DomainException;

/** In-memory fake of the catalogue port, with optimistic locking like the database. */
public final class InMemoryCatalogueRepository implements CatalogueRepository {

    private final Map<CatalogueId, Catalogue> catalogues = new LinkedHashMap<>();

    @Override
    public Optional<Catalogue> find(CatalogueId id) {
        return Optional.ofNullable(catalogues.get(id));
    }

    @Override
    public List<Catalogue> all() {
        return List.copyOf(catalogues.values());
    }

    @Override
    public Optional<Catalogue> findShared(String name, String edition) {
        return catalogues.values().stream().filter(c -> c.owner().isEmpty() && c.name().equals(name)
                && c.edition().equals(edition)).findFirst();
    }

    @Override
    public long add(Catalogue catalogue) {
        catalogues.put(catalogue.id(), new Catalogue(catalogue.id(), catalogue.name(), catalogue.edition(), catalogue.owner(),
                catalogue.basedOn(), catalogue.illustrative(), catalogue.attribution(), catalogue.sources(),
                catalogue.defaults(), catalogue.measures(), catalogue.importedAt(), catalogue.importedBy(), 1));
        return 1;
    }

    @Override
    public long update(Catalogue catalogue) {
        Catalogue stored = catalogues.get(catalogue.id());
        if (stored.version() != catalogue.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "stale");
        }
        long next = stored.version() + 1;
        catalogues.put(catalogue.id(), new Catalogue(catalogue.id(), catalogue.name(), catalogue.edition(), catalogue.owner(),
                catalogue.basedOn(), catalogue.illustrative(), catalogue.attribution(), catalogue.sources(),
                catalogue.defaults(), catalogue.measures(), catalogue.importedAt(), catalogue.importedBy(), next));
        return next;
    }
}
