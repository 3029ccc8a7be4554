package org.dualimpact.kernel.catalogue;

import java.util.List;
import java.util.Map;

import org.dualimpact.kernel.shared.Validation;

/**
 * A measures catalogue as a file defines it, before it is stored: name and edition (together they
 * identify a shared catalogue), whether it is illustrative, its attribution and sources, default
 * SROI adjustments and the measures. {@code places} tells where in the file each measure was
 * ({@code line 7}, {@code measures[2] (line 9)}), so that a check made later (the crosswalk to stored
 * frameworks) names the line as the file's reader would.
 *
 * <p>Invariants: 1 to {@value Catalogue#MAX_MEASURES} measures; codes unique ignoring case. The
 * reader of a file checks the same rules first so that mistakes are reported with their place; this
 * constructor is the last guard.
 */
public record CatalogueDefinition(String name, String edition, boolean illustrative, String attribution,
        List<String> sources, Adjustments defaults, List<Measure> measures, Map<String, String> places) {

    public CatalogueDefinition {
        name = Validation.requireText(name, "name", 200);
        edition = Validation.requireText(edition, "edition", 100);
        sources = List.copyOf(sources);
        defaults = defaults == null ? Adjustments.NONE : defaults;
        measures = Catalogue.checkedMeasures(measures);
        places = Map.copyOf(places);
    }

    /** Where the file gave the measure, or its code when unknown. */
    public String placeOf(Measure measure) {
        return places.getOrDefault(measure.code(), measure.code());
    }
}
