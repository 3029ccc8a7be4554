package org.dualimpact.kernel.territory;

import java.util.List;
import java.util.Objects;


/**
 * Reads of territories and regions, and the load of the shipped reference data.
 *
 * <p>Territory and region lists are public, non-confidential reference data: no actor is needed to
 * read them.
 */
public final class TerritoryService {

    private final TerritoryRepository repository;

    public TerritoryService(TerritoryRepository repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    public List<Region> regions() {
        return repository.regions();
    }

    public Region region(RegionCode code) {
        return repository.region(code.value()).orElseThrow(() -> RegionCode.notFound(code));
    }

    public List<Territory> territories() {
        return repository.territories();
    }

    public List<Territory> territoriesIn(RegionCode regionCode) {
        region(regionCode);
        return repository.territories().stream().filter(t -> t.regionCode().equals(regionCode.value())).toList();
    }

    public Territory territory(TerritoryCode code) {
        return repository.territory(code.value()).orElseThrow(() -> TerritoryCode.notFound(code));
    }

    /**
     * Brings the store up to date with the reference data: adds what is missing, replaces what
     * differs, removes nothing (other data may point at a retired code). Running it twice changes
     * nothing the second time.
     *
     * @return how many regions and territories were added or changed
     */
    public int loadReferenceData(ReferenceData data) {
        int changed = 0;
        for (Region region : data.regions()) {
            if (!repository.region(region.code()).map(region::equals).orElse(false)) {
                repository.save(region);
                changed++;
            }
        }
        for (Territory territory : data.territories()) {
            if (!repository.territory(territory.code()).map(territory::equals).orElse(false)) {
                repository.save(territory);
                changed++;
            }
        }
        return changed;
    }

    /** A code of the wrong shape is still "not found" (404), but never reaches the store. */}
