package org.dualimpact.console.impact;

import java.util.List;
import java.util.Optional;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;

/**
 * A territory or a region as its public page names and links it. A territory links its region
 * ({@code region}); a region links its territories ({@code territories}, by name). {@code kind} is the
 * kernel's {@code "territory"} or {@code "region"}, which is also the path's segment ({@code /public/territories/…}).
 */
public record Area(String code, String name, String kind, String kindText, Optional<Region> region,
        List<Territory> territories) {

    public static final String TERRITORY = "territory";
    public static final String REGION = "region";

    public static Area of(Territory territory, Region region) {
        return new Area(territory.code(), territory.name(), TERRITORY, Formats.words(territory.kind()) + " in " + region.name(),
                Optional.of(region), List.of());
    }

    public static Area of(Region region, List<Territory> territories) {
        String kindText = region.name().equals(region.nation()) ? "Nation" : "Region of " + region.nation();
        return new Area(region.code(), region.name(), REGION, kindText, Optional.empty(), territories);
    }

    /** This area's public page. */
    public String link() {
        return link(kind, code);
    }

    /** The public page of a territory or region: {@code /public/territories/E23000029}. */
    public static String link(String kind, String code) {
        return (TERRITORY.equals(kind) ? "/public/territories/" : "/public/regions/") + code;
    }
}
