package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/** In-memory fake of the territory port, for kernel tests. Counts writes so tests can see idempotence. */
public final class InMemoryTerritoryRepository implements TerritoryRepository {

    private final Map<String, Region> regions = new TreeMap<>();
    private final Map<String, Territory> territories = new TreeMap<>();
    public int writes;

    @Override
    public List<Region> regions() {
        return new ArrayList<>(regions.values());
    }

    @Override
    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    @Override
    public List<Territory> territories() {
        return new ArrayList<>(territories.values());
    }

    @Override
    public Optional<Territory> territory(String code) {
        return Optional.ofNullable(territories.get(code));
    }

    @Override
    public void save(Region region) {
        writes++;
        regions.put(region.code(), region);
    }

    @Override
    public void save(Territory territory) {
        if (!regions.containsKey(territory.regionCode())) {
            throw new IllegalStateException("region missing for " + territory);
        }
        writes++;
        territories.put(territory.code(), territory);
    }
}
