package org.dualimpact.kernel.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Validation;

/**
 * A social value mapping (the CG TOMs Mapping Tool idea): an organisation selects policy outcomes or
 * award criteria of a framework edition; the KPIs mapped to them are the measures of a catalogue
 * linked to those criteria. Its sheet records commitments and delivery against those KPIs, per
 * territory and period. Private to the organisation that made it.
 *
 * <p>Rules: at least one outcome or criterion selected; every sheet entry names a KPI of the mapping
 * and a known territory (checked by {@link MappingService}).
 */
public record Mapping(MappingId id, OrganisationId owner, String name, ValueFrameworkId framework, CatalogueId catalogue,
        List<String> outcomes, List<String> criteria, List<MappingEntry> entries, Instant createdAt, String createdBy,
        long version) {

    public static final int MAX_ENTRIES = 2000;

    public Mapping {
        Objects.requireNonNull(id);
        Objects.requireNonNull(owner);
        name = Validation.requireText(name, "name", 200);
        Objects.requireNonNull(framework);
        Objects.requireNonNull(catalogue);
        outcomes = List.copyOf(outcomes);
        criteria = List.copyOf(criteria);
        if (outcomes.isEmpty() && criteria.isEmpty()) {
            throw new IllegalArgumentException("select at least one policy outcome or award criterion");
        }
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a mapping sheet has at most " + MAX_ENTRIES + " entries");
        }
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(createdBy);
    }

    public Mapping withEntries(List<MappingEntry> changed) {
        return new Mapping(id, owner, name, framework, catalogue, outcomes, criteria, changed, createdAt, createdBy, version);
    }

    public Mapping withVersion(long stored) {
        return new Mapping(id, owner, name, framework, catalogue, outcomes, criteria, entries, createdAt, createdBy, stored);
    }
}
