package org.dualimpact.kernel.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Validation;

/**
 * A measures catalogue (TOMs-style): named and edition-labelled, either <em>shared</em> (imported by
 * an admin, readable by everyone) or <em>local</em> to one buyer (its own weights and proxy values,
 * readable by that buyer's users only, optionally derived from a shared one). {@code illustrative}
 * marks a catalogue that is an example built from public facts, not a measurement standard.
 *
 * <p>Rules: measure codes are unique ignoring case; 1 to {@value #MAX_MEASURES} measures. Only a
 * local catalogue changes after import (weights, proxies per year), under optimistic locking;
 * figures already used by a bid were frozen into the bid when it was registered.
 */
public record Catalogue(CatalogueId id, String name, String edition, Optional<OrganisationId> owner,
        Optional<CatalogueId> basedOn, boolean illustrative, String attribution, List<String> sources, Adjustments defaults,
        List<Measure> measures, Instant importedAt, String importedBy, long version) {

    public static final int MAX_MEASURES = 5000;

    public Catalogue {
        Objects.requireNonNull(id, "id");
        name = Validation.requireText(name, "name", 200);
        edition = Validation.requireText(edition, "edition", 100);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(basedOn, "basedOn");
        attribution = Validation.optionalText(attribution, "attribution", 2000);
        sources = List.copyOf(sources);
        defaults = defaults == null ? Adjustments.NONE : defaults;
        measures = checkedMeasures(measures);
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }

    /** The measures, if there are 1 to {@value #MAX_MEASURES} with codes unique ignoring case. */
    static List<Measure> checkedMeasures(List<Measure> measures) {
        if (measures.isEmpty() || measures.size() > MAX_MEASURES) {
            throw new IllegalArgumentException("a catalogue has 1 to " + MAX_MEASURES + " measures");
        }
        Set<String> codes = new HashSet<>();
        for (Measure measure : measures) {
            if (!codes.add(measure.code().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("duplicated measure code " + measure.code());
            }
        }
        return List.copyOf(measures);
    }

    public boolean isLocal() {
        return owner.isPresent();
    }

    public Optional<Measure> measure(String code) {
        return measures.stream().filter(m -> m.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The catalogue with one measure changed (same code). */
    public Catalogue with(Measure changed) {
        List<Measure> list = new ArrayList<>();
        for (Measure m : measures) {
            list.add(m.code().equalsIgnoreCase(changed.code()) ? changed : m);
        }
        return new Catalogue(id, name, edition, owner, basedOn, illustrative, attribution, sources, defaults, list, importedAt,
                importedBy, version);
    }

    /** {@code name (edition)}. */
    public String label() {
        return name + " (" + edition + ")";
    }
}
