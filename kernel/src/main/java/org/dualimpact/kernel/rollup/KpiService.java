package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.sroi.Sroi;
import org.dualimpact.kernel.sroi.SroiResult;
import org.dualimpact.kernel.sroi.SroiService;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Reading the roll-up.
 *
 * <p>Who sees what ({@link #kpis}): a supplier its own figures; a buyer those of its agreements; a
 * provider those of the agreements it is a party to; a research hub, and an admin acting for an
 * organisation, those of their organisation's territories; a platform admin (no organisation)
 * everything. A user with several roles sees the union. A filter that names a party or territory
 * outside everything the reader may see is refused (403), not answered with an empty list.
 *
 * <p>SROI of any roll-up ({@link #sroi}): the rows a reader may see matching a filter, valued by the
 * roll-up's own gross and net social value, with the same refusals as the rows.
 *
 * <p>The public summary ({@link #publicImpact}) needs no sign-in: aggregates of a territory or region
 * only — totals, per month and per measure; suppliers and providers are named only in groups counting
 * at least {@code minimumGroup} distinct agreements, the rest is summed up unnamed; no agreement or
 * contract is ever named.
 */
public final class KpiService {

    /** Most rows one read returns. */
    public static final int MAX_LIMIT = 10_000;

    private final KpiRepository kpis;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final MeasureReference measures;
    private final BigDecimal defaultRate;

    /**
     * @param measures the SROI terms (benefit period, drop-off) of measures, for {@link #sroi}
     * @param defaultRate the SROI discount rate when a request names none (0 to 0.25; the Green Book's 0.035)
     */
    public KpiService(KpiRepository kpis, OrganisationRepository organisations, TerritoryRepository territories,
            MeasureReference measures, BigDecimal defaultRate) {
        this.kpis = Objects.requireNonNull(kpis);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.measures = Objects.requireNonNull(measures);
        this.defaultRate = SroiService.rate(defaultRate);
    }

    /** One page of rows and how many there are in all. */
    public record Page(List<KpiFigures> rows, long total, int offset, int limit) {
    }

    public Page kpis(Actor actor, KpiFilter filter, int offset, int limit) {
        if (offset < 0) {
            throw DomainException.invalid("invalid-range", "offset must not be negative.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("invalid-range", "limit must lie between 1 and " + MAX_LIMIT + ".");
        }
        KpiScope scope = permitted(actor, filter);
        return new Page(kpis.find(filter, scope, offset, limit), kpis.count(filter, scope), offset, limit);
    }

    /** The reader's scope, once the filter's months are in order and the filter asks for nothing outside it. */
    private KpiScope permitted(Actor actor, KpiFilter filter) {
        if (filter.from().isPresent() && filter.to().isPresent() && filter.to().get().isBefore(filter.from().get())) {
            throw DomainException.invalid("invalid-range", "to (" + filter.to().get() + ") is before from ("
                    + filter.from().get() + ").");
        }
        KpiScope scope = scopeOf(actor);
        if (!scope.everything()) {
            boolean anyGrantFits = scope.grants().stream()
                    .anyMatch(g -> !KpiScope.contradicts(g, filter, code -> territories.territory(code).map(Territory::regionCode)));
            if (!anyGrantFits) {
                throw DomainException.notPermitted("kpis-out-of-scope", "These figures are not yours to see: "
                        + describe(scope) + ".");
            }
        }
        return scope;
    }

    // ------------------------------------------------------------------ SROI of a roll-up

    /**
     * SROI of the roll-up rows the reader may see that match the filter (the rows {@link #kpis} gives,
     * with the same refusals), gross and net side by side.
     *
     * <p>One line per measure and unit. Its first-year value is the sum of the rows' stored gross and net
     * social value — exactly the roll-up's own figures (recorded quantity, or GBP value for a measure
     * counting money, × the proxy in force at each delivery date; net after the catalogue's deadweight,
     * displacement and attribution), never revalued here. Its investment is the rows' recorded GBP
     * value. Benefit period and drop-off are the measure's SROI terms from the catalogue that applies
     * ({@link MeasureReference#terms}; unknown: 1 year, no drop-off). Rows recording nothing (commitments
     * only, reversed contributions) add nothing. Rows whose social value is unknown (no catalogue values
     * their measure) are left out — their investment too, as for unvalued commitment lines — and listed
     * in {@code notValued}. Present values, NPV and ratios as {@link Sroi} computes them, at
     * {@code rate} (default: the configured rate).
     */
    public SroiResult sroi(Actor actor, KpiFilter filter, Optional<BigDecimal> rate) {
        BigDecimal discountRate = rate.map(SroiService::rate).orElse(defaultRate);
        KpiScope scope = permitted(actor, filter);
        Map<String, SroiLine> lines = new TreeMap<>();
        for (int offset = 0;; offset += MAX_LIMIT) {
            List<KpiFigures> page = kpis.find(filter, scope, offset, MAX_LIMIT);
            for (KpiFigures row : page) {
                if (row.contributions() > 0) {
                    lines.computeIfAbsent(row.key().measure() + "\u0000" + row.key().unit(),
                            k -> new SroiLine(row.key().measure(), row.key().unit())).add(row);
                }
            }
            if (page.size() < MAX_LIMIT) {
                break;
            }
        }
        List<Sroi.Outcome> outcomes = new ArrayList<>();
        List<String> notValued = new ArrayList<>();
        for (SroiLine line : lines.values()) {
            String label = line.measure + " (" + line.unit + ")";
            if (line.unvaluedRows > 0) {
                notValued.add(label + ": " + line.unvaluedRows + (line.unvaluedRows == 1 ? " roll-up row" : " roll-up rows")
                        + " without a proxy value (recorded GBP " + line.unvaluedInvestment.toPlainString() + " not counted)");
            }
            if (line.valuedRows == 0) {
                continue;
            }
            Optional<MeasureReference.Terms> terms = measures.terms(line.measure);
            outcomes.add(new Sroi.Outcome(label + terms.map(t -> ", terms from " + t.source()).orElse(
                    ", no catalogue terms: 1 year, no drop-off"), line.gross, line.net,
                    terms.map(MeasureReference.Terms::dropOff).orElse(BigDecimal.ZERO),
                    terms.map(MeasureReference.Terms::benefitYears).orElse(1), line.investment));
        }
        return Sroi.computeOutcomes(outcomes, discountRate, notValued);
    }

    /** The rows of one measure and unit, added up for SROI. */
    private static final class SroiLine {
        final String measure;
        final String unit;
        long valuedRows;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal investment = BigDecimal.ZERO;
        long unvaluedRows;
        BigDecimal unvaluedInvestment = BigDecimal.ZERO;

        SroiLine(String measure, String unit) {
            this.measure = measure;
            this.unit = unit;
        }

        void add(KpiFigures row) {
            if (row.grossSocialValue() == null) {
                unvaluedRows++;
                unvaluedInvestment = unvaluedInvestment.add(row.investment());
            } else {
                valuedRows++;
                gross = gross.add(row.grossSocialValue());
                net = net.add(row.netSocialValue());
                investment = investment.add(row.investment());
            }
        }
    }

    /** SDG rows within the reader's scope (see {@link #kpis} for the scope). */
    public List<SdgFigures> sdgs(Actor actor, KpiFilter filter) {
        return kpis.findSdg(filter, scopeOf(actor));
    }

    /** What the actor may see of the roll-up. */
    public KpiScope scopeOf(Actor actor) {
        List<KpiScope.Grant> grants = new ArrayList<>();
        if (actor.has(Role.ADMIN)) {
            if (actor.organisationId().isEmpty()) {
                grants.add(new KpiScope.Everything());
            } else {
                grants.add(new KpiScope.Territories(organisation(actor).territories()));
            }
        }
        if (actor.has(Role.HUB)) {
            grants.add(new KpiScope.Territories(Membership.of(actor, organisations, OrganisationKind.HUB,
                    "research hubs read the figures of their territories").territories()));
        }
        if (actor.has(Role.BUYER)) {
            grants.add(new KpiScope.Buyer(Membership.idOf(actor).value()));
        }
        if (actor.has(Role.SUPPLIER)) {
            grants.add(new KpiScope.Supplier(Membership.idOf(actor).value()));
        }
        if (actor.has(Role.PROVIDER)) {
            grants.add(new KpiScope.Provider(Membership.idOf(actor).value()));
        }
        if (grants.isEmpty()) {
            throw DomainException.notPermitted("role-required",
                    "Reading KPIs needs the role admin, hub, buyer, supplier or provider.");
        }
        return new KpiScope(grants);
    }

    private Organisation organisation(Actor actor) {
        OrganisationId id = Membership.idOf(actor);
        return organisations.find(id).orElseThrow(() -> DomainException.notPermitted("unknown-organisation",
                "Your organisation " + id + " is not registered."));
    }

    private static String describe(KpiScope scope) {
        List<String> parts = new ArrayList<>();
        for (KpiScope.Grant g : scope.grants()) {
            if (g instanceof KpiScope.Territories t) {
                parts.add("you see the territories " + new java.util.TreeSet<>(t.codes()));
            } else if (g instanceof KpiScope.Buyer b) {
                parts.add("you see the agreements of buyer " + b.organisation());
            } else if (g instanceof KpiScope.Supplier s) {
                parts.add("you see the figures of supplier " + s.organisation());
            } else if (g instanceof KpiScope.Provider p) {
                parts.add("you see the agreements of provider " + p.organisation());
            }
        }
        return String.join("; ", parts);
    }

    // ------------------------------------------------------------------ public summary

    /** Figures of a group: GBP values, and how many agreements (counted for named groups and totals) and contributions they come from. */
    public record Totals(Long agreements, long contributions, BigDecimal committedValue, BigDecimal recordedValue,
            BigDecimal confirmedValue, BigDecimal disputedValue, BigDecimal grossSocialValue, BigDecimal netSocialValue) {
    }

    public record MonthTotals(YearMonth month, Totals totals) {
    }

    /** Quantities of one measure in its unit, with its GBP figures. */
    public record MeasureTotals(String measure, String unit, BigDecimal committedQuantity, BigDecimal recordedQuantity,
            BigDecimal confirmedQuantity, Totals totals) {
    }

    /** A named supplier or provider (only in groups of at least the minimum number of agreements). */
    public record PartyTotals(String organisation, String name, Totals totals) {
    }

    /**
     * The public impact summary of a territory or region. {@code otherSuppliers} / {@code otherProviders}
     * sum up the groups too small to name (null when there are none).
     */
    public record PublicImpact(String code, String name, String kind, Optional<YearMonth> from, Optional<YearMonth> to,
            int minimumGroup, Totals totals, List<MonthTotals> months, List<MeasureTotals> measures,
            List<PartyTotals> suppliers, Totals otherSuppliers, List<PartyTotals> providers, Totals otherProviders) {
    }

    /** The summary of a territory (a territory code) or a region (a region code). */
    public PublicImpact publicImpact(String code, Optional<YearMonth> from, Optional<YearMonth> to, int minimumGroup) {
        if (minimumGroup < 1) {
            throw new IllegalArgumentException("minimum group size is at least 1");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw DomainException.invalid("invalid-range", "to (" + to.get() + ") is before from (" + from.get() + ").");
        }
        KpiFilter base = new KpiFilter(null, null, null, null, null, null, from, to);
        String name;
        String kind;
        KpiFilter filter;
        Optional<Territory> territory = territories.territory(code);
        if (territory.isPresent()) {
            filter = base.withTerritory(code);
            name = territory.get().name();
            kind = "territory";
        } else {
            Region region = territories.region(code).orElseThrow(() -> DomainException.notFound("area-not-found",
                    "No territory or region has the code " + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "."));
            filter = base.withRegion(code);
            name = region.name();
            kind = "region";
        }
        KpiScope all = new KpiScope(List.of(new KpiScope.Everything()));
        List<KpiFigures> rows = new ArrayList<>();
        for (int offset = 0;; offset += MAX_LIMIT) {
            List<KpiFigures> page = kpis.find(filter, all, offset, MAX_LIMIT);
            rows.addAll(page);
            if (page.size() < MAX_LIMIT) {
                break;
            }
        }
        List<AgreementParties> agreementRows = kpis.agreements(filter);

        // distinct agreements per group
        Set<String> allAgreements = new HashSet<>();
        Map<String, Set<String>> bySupplier = new HashMap<>();
        Map<String, Set<String>> byProvider = new HashMap<>();
        Map<String, Set<String>> bySupplierGroup = new HashMap<>();
        for (AgreementParties a : agreementRows) {
            allAgreements.add(a.agreement());
            bySupplier.computeIfAbsent(a.supplier(), k -> new HashSet<>()).add(a.agreement());
            for (String p : a.providers()) {
                byProvider.computeIfAbsent(p, k -> new HashSet<>()).add(a.agreement());
            }
            bySupplierGroup.computeIfAbsent(a.providerGroup(), k -> new HashSet<>()).add(a.agreement());
        }

        Sum total = new Sum();
        Map<YearMonth, Sum> months = new TreeMap<>();
        Map<List<String>, Sum> measures = new TreeMap<>((x, y) -> (x.get(0) + "\u0000" + x.get(1)).compareTo(y.get(0) + "\u0000" + y.get(1)));
        Map<String, Sum> suppliers = new TreeMap<>();
        Map<String, Sum> providers = new TreeMap<>();
        for (KpiFigures row : rows) {
            total.add(row);
            months.computeIfAbsent(row.key().month(), k -> new Sum()).add(row);
            measures.computeIfAbsent(List.of(row.key().measure(), row.key().unit()), k -> new Sum()).add(row);
            suppliers.computeIfAbsent(row.key().supplier(), k -> new Sum()).add(row);
            for (String p : row.key().providers().split(" ")) {
                providers.computeIfAbsent(p, k -> new Sum()).add(row);
            }
        }
        List<MonthTotals> monthList = new ArrayList<>();
        months.forEach((m, s) -> monthList.add(new MonthTotals(m, s.totals(null))));
        List<MeasureTotals> measureList = new ArrayList<>();
        measures.forEach((k, s) -> measureList.add(new MeasureTotals(k.get(0), k.get(1), s.committedQuantity,
                s.recordedQuantity, s.confirmedQuantity, s.totals(null))));
        List<PartyTotals> namedSuppliers = new ArrayList<>();
        Sum otherSuppliers = new Sum();
        Set<String> otherSupplierAgreements = new HashSet<>();
        suppliers.forEach((org, s) -> {
            Set<String> agreements = bySupplier.getOrDefault(org, Set.of());
            if (agreements.size() >= minimumGroup && !org.equals(AgreementParties.UNKNOWN)) {
                namedSuppliers.add(new PartyTotals(org, nameOf(org), s.totals(agreements.size())));
            } else {
                otherSuppliers.merge(s);
                otherSupplierAgreements.addAll(agreements);
            }
        });
        List<PartyTotals> namedProviders = new ArrayList<>();
        Sum otherProviders = new Sum();
        Set<String> otherProviderAgreements = new HashSet<>();
        providers.forEach((org, s) -> {
            Set<String> agreements = byProvider.getOrDefault(org, Set.of());
            if (agreements.size() >= minimumGroup && !org.equals(AgreementParties.UNKNOWN)) {
                namedProviders.add(new PartyTotals(org, nameOf(org), s.totals(agreements.size())));
            } else {
                otherProviders.merge(s);
                otherProviderAgreements.addAll(agreements);
            }
        });
        return new PublicImpact(code, name, kind, from, to, minimumGroup, total.totals(allAgreements.size()), monthList,
                measureList, namedSuppliers, otherSuppliers.rows == 0 ? null : otherSuppliers.totals(otherSupplierAgreements.size()),
                namedProviders, otherProviders.rows == 0 ? null : otherProviders.totals(otherProviderAgreements.size()));
    }

    private String nameOf(String organisation) {
        if (!OrganisationId.isValid(organisation)) {
            return organisation;
        }
        return organisations.find(new OrganisationId(organisation)).map(Organisation::name).orElse(organisation);
    }

    /** Adds rows up; social value stays unknown (null) if any row's is. */
    private static final class Sum {
        long rows;
        long contributions;
        BigDecimal committedQuantity = BigDecimal.ZERO;
        BigDecimal recordedQuantity = BigDecimal.ZERO;
        BigDecimal confirmedQuantity = BigDecimal.ZERO;
        BigDecimal committedValue = BigDecimal.ZERO;
        BigDecimal recordedValue = BigDecimal.ZERO;
        BigDecimal confirmedValue = BigDecimal.ZERO;
        BigDecimal disputedValue = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        boolean unknown;

        void add(KpiFigures row) {
            rows++;
            contributions += row.contributions();
            committedQuantity = committedQuantity.add(row.committedQuantity());
            recordedQuantity = recordedQuantity.add(row.recordedQuantity());
            confirmedQuantity = confirmedQuantity.add(row.confirmedQuantity());
            committedValue = committedValue.add(row.committedValue());
            recordedValue = recordedValue.add(row.recordedValue());
            confirmedValue = confirmedValue.add(row.confirmedValue());
            disputedValue = disputedValue.add(row.disputedValue());
            if (row.grossSocialValue() == null) {
                unknown = true;
            } else {
                gross = gross.add(row.grossSocialValue());
                net = net.add(row.netSocialValue());
            }
        }

        void merge(Sum other) {
            rows += other.rows;
            contributions += other.contributions;
            committedQuantity = committedQuantity.add(other.committedQuantity);
            recordedQuantity = recordedQuantity.add(other.recordedQuantity);
            confirmedQuantity = confirmedQuantity.add(other.confirmedQuantity);
            committedValue = committedValue.add(other.committedValue);
            recordedValue = recordedValue.add(other.recordedValue);
            confirmedValue = confirmedValue.add(other.confirmedValue);
            disputedValue = disputedValue.add(other.disputedValue);
            gross = gross.add(other.gross);
            net = net.add(other.net);
            unknown |= other.unknown;
        }

        /** @param agreements distinct agreements of the group, or null when not counted for it */
        Totals totals(Integer agreements) {
            boolean known = rows > 0 && !unknown;
            return new Totals(agreements == null ? null : agreements.longValue(), contributions, committedValue, recordedValue, confirmedValue, disputedValue,
                    known ? gross : null, known ? net : null);
        }
    }
}
