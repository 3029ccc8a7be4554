package org.dualimpact.kernel.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.CriterionPlace;
import org.dualimpact.kernel.framework.ValueFrameworkService;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The mapping tool. A buyer or supplier user selects outcomes or criteria of a framework edition and a
 * catalogue; the summary lists the KPIs (catalogue measures linked to the selected criteria), the sheet
 * records commitments and delivery against them, the regional view sums value per region, and the
 * KPI list prints. A mapping is private to its organisation (anyone else: not found).
 */
public final class MappingService {

    /** A new mapping as a client sends it. */
    public record CreateRequest(String name, String framework, String catalogue, List<String> outcomes,
            List<String> criteria) {
    }

    private final MappingRepository mappings;
    private final ValueFrameworkService frameworks;
    private final CatalogueService catalogues;
    private final TerritoryRepository territories;
    private final KpiListRenderer renderer;
    private final Clock clock;

    public MappingService(MappingRepository mappings, ValueFrameworkService frameworks, CatalogueService catalogues,
            TerritoryRepository territories, KpiListRenderer renderer, Clock clock) {
        this.mappings = Objects.requireNonNull(mappings);
        this.frameworks = Objects.requireNonNull(frameworks);
        this.catalogues = Objects.requireNonNull(catalogues);
        this.territories = Objects.requireNonNull(territories);
        this.renderer = Objects.requireNonNull(renderer);
        this.clock = Objects.requireNonNull(clock);
    }

    public Mapping create(Actor actor, CreateRequest request) {
        actor.require(Role.BUYER, Role.SUPPLIER);
        OrganisationId owner = Membership.idOf(actor);
        ValueFramework framework = frameworks.find(request.framework()).orElseThrow(() -> DomainException.ruleViolated(
                "framework-not-found", "No social value framework " + request.framework() + "; name " + frameworks.accepted()
                + "."));
        Catalogue catalogue = catalogues.find(request.catalogue()).filter(c -> CatalogueService.canSee(actor, c))
                .orElseThrow(() -> DomainException.ruleViolated("catalogue-not-found", "No catalogue you can use has the "
                        + "identifier " + request.catalogue() + "."));
        ValueFrameworkDefinition definition = framework.definition();
        List<String> outcomes = request.outcomes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.outcomes()));
        List<String> criteria = request.criteria() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.criteria()));
        Validation validation = new Validation();
        for (int i = 0; i < outcomes.size(); i++) {
            String id = outcomes.get(i);
            validation.require(definition.outcome(id).isPresent(), "outcomes[" + i + "]", framework.label()
                    + " has no policy outcome '" + id + "'");
        }
        for (int i = 0; i < criteria.size(); i++) {
            String id = criteria.get(i);
            validation.require(definition.criterion(id).isPresent(), "criteria[" + i + "]", framework.label()
                    + " has no award criterion '" + id + "'");
        }
        validation.require(!outcomes.isEmpty() || !criteria.isEmpty(), "outcomes", "select at least one policy outcome "
                + "or award criterion");
        validation.field("name", () -> Validation.requireText(request.name(), "name", 200));
        validation.throwIfInvalid("invalid-mapping", "The mapping cannot be created as given.");
        Mapping mapping = new Mapping(MappingId.random(), owner, request.name(), framework.id(), catalogue.id(), outcomes,
                criteria, List.of(), clock.instant(), actor.userId(), 0);
        return mapping.withVersion(mappings.add(mapping));
    }

    public List<Mapping> mine(Actor actor) {
        actor.require(Role.BUYER, Role.SUPPLIER);
        return mappings.ofOwner(Membership.idOf(actor));
    }

    public Mapping get(Actor actor, MappingId id) {
        actor.require(Role.BUYER, Role.SUPPLIER);
        return mappings.find(id).filter(m -> actor.actsFor(m.owner().value())).orElseThrow(() -> MappingId.notFound(id));
    }

    /** Replaces the mapping sheet: every entry names a KPI of the mapping and a known territory. */
    public Mapping setEntries(Actor actor, MappingId id, long expectedVersion, List<MappingEntry> entries) {
        Mapping mapping = get(actor, id);
        if (mapping.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "Mapping " + id + " has changed since "
                    + "you read it (version " + mapping.version() + ", you sent " + expectedVersion + ").");
        }
        SocialValueSummary summary = summary(mapping);
        Set<String> kpis = new LinkedHashSet<>();
        summary.items().forEach(item -> item.kpis().forEach(k -> kpis.add(k.code())));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MappingEntry entry = entries.get(i);
            if (kpis.stream().noneMatch(k -> k.equalsIgnoreCase(entry.measureCode()))) {
                errors.add(new FieldError("entries[" + i + "].measure", entry.measureCode() + " is not a KPI of this mapping "
                        + "(KPIs: " + kpis + ")"));
            }
            if (territories.territory(entry.territory()).isEmpty()) {
                errors.add(new FieldError("entries[" + i + "].territory", "unknown territory code " + entry.territory()));
            }
        }
        if (entries.size() > Mapping.MAX_ENTRIES) {
            errors.add(new FieldError("entries", "at most " + Mapping.MAX_ENTRIES + " entries"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATED, "invalid-mapping-entries", "The mapping sheet "
                    + "cannot be saved as given.", errors);
        }
        Mapping changed = mapping.withEntries(entries);
        return changed.withVersion(mappings.update(changed));
    }

    public SocialValueSummary summary(Actor actor, MappingId id) {
        return summary(get(actor, id));
    }

    public byte[] kpiList(Actor actor, MappingId id) {
        return renderer.render(summary(get(actor, id)));
    }

    public String kpiListMediaType() {
        return renderer.mediaType();
    }

    SocialValueSummary summary(Mapping mapping) {
        ValueFramework framework = frameworks.find(mapping.framework().value()).orElseThrow();
        Catalogue catalogue = catalogues.find(mapping.catalogue().value()).orElseThrow();
        ValueFrameworkDefinition definition = framework.definition();
        Map<String, CriterionPlace> selected = new LinkedHashMap<>();
        for (CriterionPlace place : definition.criteria()) {
            if (mapping.outcomes().contains(place.outcome().id()) || mapping.criteria().contains(place.criterion().id())) {
                selected.put(place.criterion().id(), place);
            }
        }
        List<SocialValueSummary.Item> items = new ArrayList<>();
        Map<String, Measure> kpiMeasures = new LinkedHashMap<>();
        for (CriterionPlace place : selected.values()) {
            List<SocialValueSummary.Kpi> kpis = new ArrayList<>();
            for (Measure measure : catalogue.measures()) {
                if (measure.linksTo(definition.key(), place.criterion().id())) {
                    Optional<ProxyValue> latest = measure.proxies().isEmpty() ? Optional.empty()
                            : Optional.of(measure.proxies().get(measure.proxies().size() - 1));
                    kpis.add(new SocialValueSummary.Kpi(measure.code(), measure.title(), measure.unit(),
                            latest.map(ProxyValue::year).orElse(null), latest.map(ProxyValue::gbpPerUnit).orElse(null),
                            latest.map(ProxyValue::source).orElse(null), measure.sdgTargets()));
                    kpiMeasures.putIfAbsent(measure.code().toLowerCase(Locale.ROOT), measure);
                }
            }
            items.add(new SocialValueSummary.Item(place.theme().id(), place.theme().title(), place.outcome().id(),
                    place.outcome().title(), place.criterion().id(), place.criterion().title(), place.provisional(), kpis));
        }
        Map<String, BigDecimal[]> sheet = new LinkedHashMap<>();
        Map<String, BigDecimal[]> regions = new TreeMap<>();
        for (MappingEntry entry : mapping.entries()) {
            Measure measure = kpiMeasures.get(entry.measureCode().toLowerCase(Locale.ROOT));
            if (measure == null) {
                continue; // the selection no longer maps it; the entry is kept but not valued
            }
            BigDecimal proxy = measure.proxyFor(year(entry.period())).map(ProxyValue::gbpPerUnit).orElse(BigDecimal.ZERO);
            BigDecimal committedValue = entry.committed().multiply(proxy).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal deliveredValue = entry.delivered().multiply(proxy).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal[] row = sheet.computeIfAbsent(measure.code(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO});
            row[0] = row[0].add(entry.committed());
            row[1] = row[1].add(entry.delivered());
            row[2] = row[2].add(committedValue);
            row[3] = row[3].add(deliveredValue);
            String region = territories.territory(entry.territory()).map(Territory::regionCode).orElse("?");
            BigDecimal[] r = regions.computeIfAbsent(region, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            r[0] = r[0].add(committedValue);
            r[1] = r[1].add(deliveredValue);
        }
        List<SocialValueSummary.SheetRow> sheetRows = new ArrayList<>();
        kpiMeasures.values().forEach(m -> {
            BigDecimal[] row = sheet.getOrDefault(m.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            sheetRows.add(new SocialValueSummary.SheetRow(m.code(), m.title(), m.unit(), row[0], row[1], row[2], row[3]));
        });
        List<SocialValueSummary.RegionRow> regionRows = new ArrayList<>();
        regions.forEach((code, r) -> regionRows.add(new SocialValueSummary.RegionRow(code,
                territories.region(code).map(Region::name).orElse(code), r[0], r[1])));
        return new SocialValueSummary(mapping, framework, catalogue, items, sheetRows, regionRows);
    }

    /** The year a period starts in ({@code 2026-Q1} → 2026); periods without one use the latest proxy. */
    static int year(String period) {
        if (period.length() >= 4 && period.substring(0, 4).matches("[0-9]{4}")) {
            return Integer.parseInt(period.substring(0, 4));
        }
        return 2999;
    }
}
