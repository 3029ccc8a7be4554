package org.dualimpact.kernel.territory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A complete set of regions and territories to load ({@link TerritoryService#loadReferenceData}), as an
 * inbound adapter read it from the shipped files.
 *
 * <p>Rules: region codes are unique; territory codes and abbreviations are unique; every territory lies
 * in one of the given regions. A set breaking a rule is refused as a whole
 * ({@link IllegalArgumentException} naming the code).
 */
public record ReferenceData(List<Region> regions, List<Territory> territories) {

    public ReferenceData {
        regions = List.copyOf(regions);
        territories = List.copyOf(territories);
        Set<String> regionCodes = new HashSet<>();
        for (Region region : regions) {
            if (!regionCodes.add(region.code())) {
                throw new IllegalArgumentException("duplicate region " + region.code());
            }
        }
        Set<String> codes = new HashSet<>();
        Set<String> abbrevs = new HashSet<>();
        for (Territory territory : territories) {
            if (!codes.add(territory.code())) {
                throw new IllegalArgumentException("duplicate territory " + territory.code());
            }
            if (!abbrevs.add(territory.abbrev())) {
                throw new IllegalArgumentException("duplicate territory abbreviation " + territory.abbrev());
            }
            if (!regionCodes.contains(territory.regionCode())) {
                throw new IllegalArgumentException("territory " + territory.code()
                        + " names unknown region " + territory.regionCode());
            }
        }
    }
}
