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

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The public impact summary of a territory or region, needing no sign-in: aggregates only — totals, per
 * month and per measure; suppliers and providers are named only in groups counting at least
 * {@code minimumGroup} distinct agreements, the rest is summed up unnamed; no agreement or contract is
 * ever named.
 */
public final class PublicImpactService {

    private final KpiRepository kpis;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;

    public PublicImpactService(KpiRepository kpis, OrganisationRepository organisations, TerritoryRepository territories) {
        this.kpis = Objects.requireNonNull(kpis);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
    }

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
        List<KpiFigures> rows = new ArrayList<>();
        kpis.each(filter, new KpiScope(List.of(new KpiScope.Everything())), rows::add);
        List<AgreementParties> agreementRows = kpis.agreements(filter);

        // distinct agreements per group
        Set<String> allAgreements = new HashSet<>();
        Map<String, Set<String>> bySupplier = new HashMap<>();
        Map<String, Set<String>> byProvider = new HashMap<>();
        for (AgreementParties a : agreementRows) {
            allAgreements.add(a.agreement());
            bySupplier.computeIfAbsent(a.supplier(), k -> new HashSet<>()).add(a.agreement());
            for (String p : a.providers()) {
                byProvider.computeIfAbsent(p, k -> new HashSet<>()).add(a.agreement());
            }
        }

        Sum total = new Sum();
        Map<YearMonth, Sum> months = new TreeMap<>();
        Map<List<String>, Sum> measures = new TreeMap<>((x, y) -> (x.get(0) + "\u0000" + x.get(1)).compareTo(y.get(0) + "\u0000" + y.get(1)));
        Map<String, List<KpiFigures>> suppliers = new TreeMap<>();
        Map<String, List<KpiFigures>> providers = new TreeMap<>();
        for (KpiFigures row : rows) {
            total.add(row);
            months.computeIfAbsent(row.key().month(), k -> new Sum()).add(row);
            measures.computeIfAbsent(List.of(row.key().measure(), row.key().unit()), k -> new Sum()).add(row);
            suppliers.computeIfAbsent(row.key().supplier(), k -> new ArrayList<>()).add(row);
            for (String p : row.key().providers().split(" ")) {
                providers.computeIfAbsent(p, k -> new ArrayList<>()).add(row);
            }
        }
        List<MonthTotals> monthList = new ArrayList<>();
        months.forEach((m, s) -> monthList.add(new MonthTotals(m, s.totals(null))));
        List<MeasureTotals> measureList = new ArrayList<>();
        measures.forEach((k, s) -> measureList.add(new MeasureTotals(k.get(0), k.get(1), s.committedQuantity,
                s.recordedQuantity, s.confirmedQuantity, s.totals(null))));
        Named namedSuppliers = named(suppliers, bySupplier, minimumGroup);
        Named namedProviders = named(providers, byProvider, minimumGroup);
        return new PublicImpact(code, name, kind, from, to, minimumGroup, total.totals(allAgreements.size()), monthList,
                measureList, namedSuppliers.named(), namedSuppliers.others(), namedProviders.named(), namedProviders.others());
    }

    /** Parties named (in groups of at least {@code minimumGroup} agreements) and the others summed up (null when none). */
    private record Named(List<PartyTotals> named, Totals others) {
    }

    private Named named(Map<String, List<KpiFigures>> rowsOf, Map<String, Set<String>> agreementsOf, int minimumGroup) {
        List<PartyTotals> named = new ArrayList<>();
        Sum others = new Sum();
        Set<String> otherAgreements = new HashSet<>();
        rowsOf.forEach((org, rows) -> {
            Set<String> agreements = agreementsOf.getOrDefault(org, Set.of());
            if (agreements.size() >= minimumGroup && !org.equals(AgreementParties.UNKNOWN)) {
                Sum sum = new Sum();
                rows.forEach(sum::add);
                named.add(new PartyTotals(org, nameOf(org), sum.totals(agreements.size())));
            } else {
                rows.forEach(others::add);
                otherAgreements.addAll(agreements);
            }
        });
        return new Named(named, others.rows == 0 ? null : others.totals(otherAgreements.size()));
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

        /** @param agreements distinct agreements of the group, or null when not counted for it */
        Totals totals(Integer agreements) {
            boolean known = rows > 0 && !unknown;
            return new Totals(agreements == null ? null : agreements.longValue(), contributions, committedValue, recordedValue, confirmedValue, disputedValue,
                    known ? gross : null, known ? net : null);
        }
    }
}
