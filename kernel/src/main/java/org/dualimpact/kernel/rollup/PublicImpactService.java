package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The public impact summary of a territory or region, for residents, needing no sign-in.
 *
 * <p>Rules (statistical disclosure control, {@link DisclosureRules}): the figures are built from cells of
 * one territory, one measure and one quarter. Whether a cell is published depends on that cell's own
 * rows only, and a withheld cell is part of no published figure. Every published figure — a total, a
 * quarter, a measure, a region — is a sum of whole published cells' rounded figures. So subtracting one
 * published view from another (a region from its territories, one range of quarters from another) yields
 * only sums of published cells, never a withheld one. Only quarters that have ended are shown, so the
 * figures of a quarter do not move from day to day as contributions are recorded. Suppliers and providers
 * are named without figures; agreements and contracts never are.
 */
public final class PublicImpactService {

    private final KpiRepository kpis;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final DisclosureRules rules;
    private final Clock clock;

    public PublicImpactService(KpiRepository kpis, OrganisationRepository organisations, TerritoryRepository territories,
            DisclosureRules rules, Clock clock) {
        this.kpis = Objects.requireNonNull(kpis);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.rules = Objects.requireNonNull(rules);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Rounded GBP figures and the (rounded) number of contributions they come from; social value null when unknown. */
    public record Totals(long contributions, BigDecimal committedValue, BigDecimal recordedValue, BigDecimal confirmedValue,
            BigDecimal disputedValue, BigDecimal grossSocialValue, BigDecimal netSocialValue) {
    }

    public record QuarterTotals(Quarter quarter, Totals totals) {
    }

    /** Quantities of one measure in its unit, with its GBP figures. */
    public record MeasureTotals(String measure, String unit, BigDecimal committedQuantity, BigDecimal recordedQuantity,
            BigDecimal confirmedQuantity, Totals totals) {
    }

    /**
     * The summary of {@code code} over the published quarters {@code from}..{@code to} ({@code to} is at
     * most the last quarter that has ended); {@code suppliers} and {@code providers} are the names of those
     * who contributed to a published cell.
     */
    public record PublicImpact(String code, String name, String kind, Optional<Quarter> from, Quarter to,
            DisclosureRules rules, Totals totals, List<QuarterTotals> quarters, List<MeasureTotals> measures,
            List<String> suppliers, List<String> providers) {
    }

    /** The rules the figures are published under. */
    public DisclosureRules rules() {
        return rules;
    }

    /** The last quarter that has ended: the last one the figures can show. */
    public Quarter lastEndedQuarter() {
        return Quarter.of(YearMonth.from(LocalDate.now(clock))).previous();
    }

    /** An area's summary with no figures (its name, the rules, the last quarter shown), for a refused request's page. */
    public PublicImpact withoutFigures(String code) {
        return withTotals(area(code, Optional.empty(), lastEndedQuarter()), List.of());
    }

    /** The summary of a territory (a territory code) or a region (a region code). */
    public PublicImpact publicImpact(String code, Optional<Quarter> from, Optional<Quarter> to) {
        if (from.isPresent() && to.isPresent() && to.get().compareTo(from.get()) < 0) {
            throw DomainException.invalid("invalid-range", "to (" + to.get() + ") is before from (" + from.get() + ").");
        }
        Quarter lastEnded = lastEndedQuarter();
        Quarter last = to.filter(q -> q.compareTo(lastEnded) < 0).orElse(lastEnded);
        PublicImpact area = area(code, from, last);
        if (from.isPresent() && from.get().compareTo(last) > 0) {
            return withTotals(area, List.of());
        }
        KpiFilter window = new KpiFilter(null, null, null, null, null, null, from.map(Quarter::firstMonth),
                Optional.of(last.lastMonth()));
        // a region is read territory by territory (as they belong to it now), so its cells are its territories' whole cells
        List<String> codes = area.kind().equals("territory") ? List.of(code) : territories.territories().stream()
                .filter(t -> t.regionCode().equals(code)).map(Territory::code).toList();
        Map<List<Object>, PublicCell> cells = new HashMap<>();
        for (String territory : codes) {
            kpis.each(window.withTerritory(territory), new KpiScope(List.of(new KpiScope.Everything())),
                    row -> cells.computeIfAbsent(List.of(row.key().territory(), Quarter.of(row.key().month()),
                            row.key().measure(), row.key().unit()),
                            k -> new PublicCell((Quarter) k.get(1), row.key().measure(), row.key().unit())).add(row));
        }
        List<PublicCell.Published> published = new ArrayList<>();
        cells.values().forEach(cell -> cell.publish(rules).ifPresent(published::add));
        return withTotals(area, published);
    }

    /** The area a code names, without figures yet. */
    private PublicImpact area(String code, Optional<Quarter> from, Quarter last) {
        Optional<Territory> territory = territories.territory(code);
        if (territory.isPresent()) {
            return new PublicImpact(code, territory.get().name(), "territory", from, last, rules, null, List.of(), List.of(),
                    List.of(), List.of());
        }
        Region region = territories.region(code).orElseThrow(() -> DomainException.notFound("area-not-found",
                "No territory or region has the code " + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "."));
        return new PublicImpact(code, region.name(), "region", from, last, rules, null, List.of(), List.of(), List.of(),
                List.of());
    }

    private PublicImpact withTotals(PublicImpact area, List<PublicCell.Published> cells) {
        Sum total = new Sum();
        Map<Quarter, Sum> quarters = new TreeMap<>();
        Map<List<String>, Sum> measures = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Set<String> suppliers = new TreeSet<>();
        Set<String> providers = new TreeSet<>();
        for (PublicCell.Published cell : cells) {
            total.add(cell);
            quarters.computeIfAbsent(cell.quarter(), k -> new Sum()).add(cell);
            measures.computeIfAbsent(List.of(cell.measure(), cell.unit()), k -> new Sum()).add(cell);
            cell.suppliers().stream().filter(s -> !s.equals(AgreementParties.UNKNOWN)).forEach(s -> suppliers.add(nameOf(s)));
            cell.providers().stream().filter(p -> !p.equals(AgreementParties.UNKNOWN)).forEach(p -> providers.add(nameOf(p)));
        }
        List<QuarterTotals> quarterList = new ArrayList<>();
        quarters.forEach((q, s) -> quarterList.add(new QuarterTotals(q, s.totals())));
        List<MeasureTotals> measureList = new ArrayList<>();
        measures.forEach((k, s) -> measureList.add(new MeasureTotals(k.get(0), k.get(1), s.committedQuantity,
                s.recordedQuantity, s.confirmedQuantity, s.totals())));
        return new PublicImpact(area.code(), area.name(), area.kind(), area.from(), area.to(), rules, total.totals(),
                quarterList, measureList, List.copyOf(suppliers), List.copyOf(providers));
    }

    private String nameOf(String organisation) {
        if (!OrganisationId.isValid(organisation)) {
            return organisation;
        }
        return organisations.find(new OrganisationId(organisation)).map(Organisation::name).orElse(organisation);
    }

    /** Adds published cells up; social value stays unknown (null) if any cell's is. */
    private static final class Sum {
        long contributions;
        BigDecimal committedQuantity = BigDecimal.ZERO;
        BigDecimal recordedQuantity = BigDecimal.ZERO;
        BigDecimal confirmedQuantity = BigDecimal.ZERO;
        BigDecimal committedValue = BigDecimal.ZERO.setScale(2);
        BigDecimal recordedValue = BigDecimal.ZERO.setScale(2);
        BigDecimal confirmedValue = BigDecimal.ZERO.setScale(2);
        BigDecimal disputedValue = BigDecimal.ZERO.setScale(2);
        BigDecimal gross = BigDecimal.ZERO.setScale(2);
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        boolean unknown;

        void add(PublicCell.Published cell) {
            contributions += cell.contributions();
            committedQuantity = committedQuantity.add(cell.committedQuantity());
            recordedQuantity = recordedQuantity.add(cell.recordedQuantity());
            confirmedQuantity = confirmedQuantity.add(cell.confirmedQuantity());
            committedValue = committedValue.add(cell.committedValue());
            recordedValue = recordedValue.add(cell.recordedValue());
            confirmedValue = confirmedValue.add(cell.confirmedValue());
            disputedValue = disputedValue.add(cell.disputedValue());
            if (cell.grossSocialValue() == null) {
                unknown = true;
            } else {
                gross = gross.add(cell.grossSocialValue());
                net = net.add(cell.netSocialValue());
            }
        }

        Totals totals() {
            return new Totals(contributions, committedValue, recordedValue, confirmedValue, disputedValue,
                    unknown ? null : gross, unknown ? null : net);
        }
    }
}
