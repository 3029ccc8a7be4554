package org.dualimpact.console.impact;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.rollup.PublicImpactService;
import org.dualimpact.kernel.rollup.PublicImpactService.PublicImpact;
import org.dualimpact.kernel.rollup.Quarter;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * The public pages' reads, needing no actor: territories and regions are public reference data
 * ({@link TerritoryService}), and the figures are the kernel's summary under disclosure control
 * ({@link PublicImpactService}), the same the API's {@code /public/…/impact} gives.
 */
@ApplicationScoped
@Transactional
public class PublicAreas {

    @Inject
    TerritoryService territories;

    @Inject
    PublicImpactService impact;

    /** A region with its territories, each by name. */
    public record RegionTerritories(Region region, List<Territory> territories) {
    }

    /** Every region by name, each with its territories by name. */
    public List<RegionTerritories> regions() {
        List<Territory> all = byName(territories.territories());
        return territories.regions().stream().sorted(Comparator.comparing(Region::name))
                .map(r -> new RegionTerritories(r, all.stream().filter(t -> t.regionCode().equals(r.code())).toList()))
                .toList();
    }

    /** The territory ({@code kind} "territory") or region ("region") with that code; empty if there is none of that kind. */
    public Optional<Area> area(String kind, String code) {
        if (Area.TERRITORY.equals(kind)) {
            return territories.territories().stream().filter(t -> t.code().equals(code)).findFirst()
                    .flatMap(t -> territories.regions().stream().filter(r -> r.code().equals(t.regionCode())).findFirst()
                            .map(r -> Area.of(t, r)));
        }
        return territories.regions().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> Area.of(r, byName(territories.territories()).stream()
                        .filter(t -> t.regionCode().equals(code)).toList()));
    }

    /** The kernel's summary of the area over the quarters (either may be open). */
    public PublicImpact impact(Area area, Optional<Quarter> from, Optional<Quarter> to) {
        return impact.publicImpact(area.code(), from, to);
    }

    /** The area's summary without figures: the rules and the last quarter that has ended, for a page whose form was refused. */
    public PublicImpact withoutFigures(Area area) {
        return impact.withoutFigures(area.code());
    }

    /** The rules of the figures, in words. */
    public List<String> rules() {
        return DisclosureWords.sentences(impact.rules(), impact.lastEndedQuarter());
    }

    private static List<Territory> byName(List<Territory> list) {
        return list.stream().sorted(Comparator.comparing(Territory::name)).toList();
    }
}
