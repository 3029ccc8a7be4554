package org.dualimpact.web.territory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.RegionCode;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryCode;
import org.dualimpact.kernel.territory.TerritoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Territories (police force areas) and regions: public reference data, readable without a token.
 */
@Path("/")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Territories and regions (public)")
@PermitAll
public class TerritoryResource {

    /** A region or nation as the API shows it. */
    public record RegionView(String code, String name, String nation) {
        static RegionView of(Region region) {
            return new RegionView(region.code(), region.name(), region.nation());
        }
    }

    /** A territory with its region. */
    public record TerritoryView(String code, String name, String abbrev, String kind, RegionRef region) {
    }

    /** The region a territory lies in. */
    public record RegionRef(String code, String name) {
    }

    @Inject
    TerritoryService territories;

    @GET
    @Path("territories")
    @Operation(operationId = "listTerritories", summary = "All territories, ordered by code; optionally only those of one region")
    public List<TerritoryView> territories(@QueryParam("region") String region) {
        List<Territory> list = region == null || region.isBlank()
                ? territories.territories() : territories.territoriesIn(RegionCode.fromRequest(region));
        Map<String, Region> regions = regionsByCode();
        return list.stream().map(t -> view(t, regions.get(t.regionCode()))).toList();
    }

    @GET
    @Path("territories/{code}")
    @Operation(operationId = "getTerritory", summary = "One territory by its ONS GSS code, e.g. E23000029")
    public TerritoryView territory(@PathParam("code") String code) {
        Territory territory = territories.territory(TerritoryCode.fromRequest(code));
        return view(territory, territories.region(new RegionCode(territory.regionCode())));
    }

    @GET
    @Path("regions")
    @Operation(operationId = "listRegions", summary = "All regions and nations, ordered by code")
    public List<RegionView> regions() {
        return territories.regions().stream().map(RegionView::of).toList();
    }

    @GET
    @Path("regions/{code}")
    @Operation(operationId = "getRegion", summary = "One region by its ONS GSS code, e.g. E12000008")
    public RegionView region(@PathParam("code") String code) {
        return RegionView.of(territories.region(RegionCode.fromRequest(code)));
    }

    private Map<String, Region> regionsByCode() {
        return territories.regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
    }

    private static TerritoryView view(Territory territory, Region region) {
        return new TerritoryView(territory.code(), territory.name(), territory.abbrev(), territory.kind().name(),
                new RegionRef(territory.regionCode(), region == null ? null : region.name()));
    }
}
