package org.dualimpact.console.kpi;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.rollup.CatalogueMeasureReference;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiFilter;
import org.dualimpact.kernel.rollup.KpiKey;
import org.dualimpact.kernel.rollup.KpiService;
import org.dualimpact.kernel.rollup.KpiSroiService;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.sroi.SroiResult;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * The figures pages' reads, through the kernel's use cases with the actor acted for, so the caller's scope
 * is the kernel's ({@code KpiAccess}): the roll-up's rows ({@link KpiService}, every page of them), its SDG
 * rows, its SROI ({@link KpiSroiService}), the names of territories, regions and organisations, and where
 * a group's figures come from: the agreements the caller can open that the rows' keys select, and the
 * catalogue and proxy year that value each measure.
 */
@ApplicationScoped
@Transactional
public class KpiQueries {

    /** Most rows one page adds up; more, and the page asks for a narrower filter. */
    public static final int MAX_ROWS = 50_000;

    @Inject
    KpiService kpis;

    @Inject
    KpiSroiService sroi;

    @Inject
    TerritoryService territories;

    @Inject
    OrganisationService organisations;

    @Inject
    SpoQueries spos;

    @Inject
    CatalogueService catalogues;

    /** Every row the caller may see matching the filter (the kernel's refusals as {@link DomainException}). */
    public List<KpiFigures> rows(Actor actor, KpiFilter filter) {
        List<KpiFigures> rows = new ArrayList<>();
        for (int offset = 0;; offset += KpiService.MAX_LIMIT) {
            KpiService.Page page = kpis.kpis(actor, filter, offset, KpiService.MAX_LIMIT);
            if (page.total() > MAX_ROWS) {
                throw DomainException.invalid("too-many-rows", String.format(Locale.UK, "%,d roll-up rows match: at most "
                        + "%,d can be shown at once. Choose a narrower range of months or a territory.", page.total(), MAX_ROWS));
            }
            rows.addAll(page.rows());
            if (page.rows().size() < KpiService.MAX_LIMIT || rows.size() >= page.total()) {
                return List.copyOf(rows);
            }
        }
    }

    /** The SDG rows, as the API's {@code /kpis/sdg}: the measure and provider filters do not apply to them. */
    public List<SdgFigures> sdgs(Actor actor, KpiFilter filter) {
        return kpis.sdgs(actor, new KpiFilter(filter.territory(), filter.region(), filter.buyer(), filter.supplier(),
                Optional.empty(), Optional.empty(), filter.from(), filter.to()));
    }

    /** SROI of the same rows at the configured discount rate. */
    public SroiResult sroi(Actor actor, KpiFilter filter) {
        return sroi.sroi(actor, filter, Optional.empty());
    }

    /** Names of everything the page names, read once: territories, regions and organisations by code. */
    public record Names(List<Territory> territories, List<Region> regions, List<Organisation> organisations,
            Map<String, String> byCode) {

        /** The name of a territory, region or organisation; a provider group's names joined; the code when unknown. */
        public String of(String code) {
            if (code.contains(" ")) {
                List<String> names = new ArrayList<>();
                for (String part : code.split(" ")) {
                    names.add(byCode.getOrDefault(part, part));
                }
                return String.join(" and ", names);
            }
            return byCode.getOrDefault(code, code);
        }

        /** The organisations of one kind by name, for the form's lists. */
        public List<Organisation> ofKind(OrganisationKind kind) {
            return organisations.stream().filter(o -> o.kind() == kind).toList();
        }

        /** The form's list of territories by name, after "Any territory". */
        public List<String[]> territoryOptions() {
            List<String[]> options = new ArrayList<>();
            options.add(new String[] {"", "Any territory"});
            territories.forEach(t -> options.add(new String[] {t.code(), t.name()}));
            return options;
        }

        /** The form's list of regions and nations by name, after "Any region". */
        public List<String[]> regionOptions() {
            List<String[]> options = new ArrayList<>();
            options.add(new String[] {"", "Any region"});
            regions.forEach(r -> options.add(new String[] {r.code(), r.name()}));
            return options;
        }

        /** The form's list of organisations of a kind by name, after {@code any}. */
        public List<String[]> organisationOptions(OrganisationKind kind, String any) {
            List<String[]> options = new ArrayList<>();
            options.add(new String[] {"", any});
            ofKind(kind).forEach(o -> options.add(new String[] {o.id().value(), o.name()}));
            return options;
        }

        /** The codes the form's lists offer. */
        public KpiForm.Known known() {
            return new KpiForm.Known(codes(territories.stream().map(Territory::code)), codes(regions.stream().map(Region::code)),
                    ids(OrganisationKind.BUYER), ids(OrganisationKind.SUPPLIER), ids(OrganisationKind.PROVIDER));
        }

        /** A group's label: a month in words, a measure as its code, anything else by name. */
        public String label(Grouping grouping, String key) {
            return switch (grouping) {
                case MONTH -> month(key);
                case MEASURE -> key;
                default -> of(key);
            };
        }

        /** A month key in words; a key that is no month (typed into the address) as it is. */
        private static String month(String key) {
            try {
                return Formats.month(YearMonth.parse(key));
            } catch (DateTimeParseException notAMonth) {
                return key;
            }
        }

        private Set<String> ids(OrganisationKind kind) {
            return codes(ofKind(kind).stream().map(o -> o.id().value()));
        }

        private static Set<String> codes(Stream<String> codes) {
            return codes.collect(Collectors.toUnmodifiableSet());
        }
    }

    public Names names() {
        List<Territory> ts = territories.territories().stream().sorted(Comparator.comparing(Territory::name)).toList();
        List<Region> rs = territories.regions().stream().sorted(Comparator.comparing(Region::name)).toList();
        List<Organisation> os = organisations.all().stream().sorted(Comparator.comparing(Organisation::name)).toList();
        Map<String, String> byCode = new TreeMap<>();
        ts.forEach(t -> byCode.put(t.code(), t.name()));
        rs.forEach(r -> byCode.put(r.code(), r.name()));
        os.forEach(o -> byCode.put(o.id().value(), o.name()));
        return new Names(ts, rs, os, Map.copyOf(byCode));
    }

    /** An agreement the caller can open whose parties, territory and measure match rows of the group. */
    public record Agreement(String reference, String title, String stage, String parties) {
    }

    /**
     * The agreements the caller's organisation is a party to (or, for a buyer, was submitted), in stage 2 or
     * later, whose buyer, supplier and provider group are a row's and one of whose commitment lines is in the
     * row's territory with the row's measure. The kernel does not tell the console which agreements a row
     * counts ({@code KpiRepository.agreements} is exposed by no use case), so this is what the caller can open
     * of them; a hub or a platform admin, party to none, is told so.
     */
    public List<Agreement> agreements(Actor actor, List<KpiFigures> rows, Names names) {
        Set<String> keys = new TreeSet<>();
        rows.forEach(r -> keys.add(match(r.key().buyer(), r.key().supplier(), r.key().providers(), r.key().territory(),
                r.key().measure())));
        List<Agreement> found = new ArrayList<>();
        for (Spo spo : spos.mine(actor)) {
            if (spo.stage().stage() < 2 || spo.content().isEmpty()) {
                continue;
            }
            String buyer = spo.buyer().map(OrganisationId::value).orElse("UNKNOWN");
            String providers = spo.providers().stream().map(OrganisationId::value).sorted().collect(Collectors.joining(" "));
            boolean matches = false;
            for (Commitment line : spo.content().get().commitments()) {
                matches |= keys.contains(match(buyer, spo.supplier().value(), providers, line.territory(), line.measureCode()));
            }
            if (matches) {
                String parties = names.of(spo.supplier().value()) + " with " + names.of(providers)
                        + spo.buyer().map(b -> ", for " + names.of(b.value())).orElse("");
                found.add(new Agreement(spo.reference().value(), spo.content().get().title(), Formats.words(spo.stage()), parties));
            }
        }
        found.sort(Comparator.comparing(Agreement::reference));
        return List.copyOf(found);
    }

    private static String match(String buyer, String supplier, String providers, String territory, String measure) {
        return String.join("\u0000", buyer, supplier, providers, territory == null ? "" : territory.strip(),
                measure == null ? "" : measure.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * How one measure (and year) of the group is valued: the shared catalogue that applies to its code by the
     * roll-up's rule ({@link CatalogueMeasureReference#PRECEDENCE}: shared only, non-illustrative first, newest
     * import first, the first defining the code supplies everything), the measure's title and unit, and the
     * proxy of the year (the latest year not after it, else the earliest) with its source; or no catalogue.
     */
    public record Valuation(String measure, int year, Optional<String> catalogue, Optional<String> title,
            Optional<ProxyValue> proxy) {
    }

    public List<Valuation> valuations(Actor actor, List<KpiFigures> rows) {
        Map<String, Set<Integer>> years = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (KpiKey key : rows.stream().map(KpiFigures::key).toList()) {
            years.computeIfAbsent(key.measure(), k -> new TreeSet<>()).add(key.month().getYear());
        }
        List<Catalogue> shared = catalogues.visible(actor).stream().filter(c -> !c.isLocal())
                .sorted(CatalogueMeasureReference.PRECEDENCE).toList();
        Map<String, Valuation> result = new LinkedHashMap<>();
        years.forEach((code, ys) -> {
            Optional<Catalogue> applies = shared.stream().filter(c -> c.measure(code).isPresent()).findFirst();
            for (int year : ys) {
                Optional<Measure> measure = applies.flatMap(c -> c.measure(code));
                result.put(code + year, new Valuation(code, year, applies.map(Catalogue::label), measure.map(Measure::title),
                        measure.flatMap(m -> m.proxyFor(year))));
            }
        });
        return List.copyOf(result.values());
    }
}
