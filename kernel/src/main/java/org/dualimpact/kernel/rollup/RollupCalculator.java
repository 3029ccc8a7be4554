package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.dualimpact.kernel.ledger.ContributionState;
import org.dualimpact.kernel.ledger.ContributionState.Verdict;

/**
 * Computes the figures of one slice from the facts of the contributions delivered in it and the
 * commitment lines starting in it. A pure function of its inputs: the same facts and lines always give
 * the same rows, which is what makes recomputing a slice safe to repeat.
 *
 * <p>Facts are applied in ledger order through the ledger's one fold of a contribution
 * ({@link ContributionState#then}), which the agreement's progress view uses too, so the two always agree:
 * the latest confirmation or dispute counts, a reversal removes the contribution from what is recorded,
 * an amendment replaces its quantity (and value, when it gives one), and a follow-up of a reversed
 * contribution changes nothing. See {@link KpiFigures} for the definition of each figure.
 */
public final class RollupCalculator {

    private final MeasureReference measures;
    private final Function<String, String> regionOf;

    /** @param regionOf the region code of a territory code ({@link Slice#UNKNOWN_TERRITORY} for unknown ones) */
    public RollupCalculator(MeasureReference measures, Function<String, String> regionOf) {
        this.measures = Objects.requireNonNull(measures);
        this.regionOf = Objects.requireNonNull(regionOf);
    }

    /**
     * @param facts every fact of every contribution delivered in the slice (recordings and their follow-ups, placed)
     * @param committed every commitment line starting in the slice
     * @param parties the parties of an agreement
     */
    public SliceFigures compute(Slice slice, List<ContributionFact> facts, List<CommittedLine> committed,
            Function<String, AgreementParties> parties) {
        Map<String, Party> partiesOf = new HashMap<>();
        Function<String, Party> lookup = a -> partiesOf.computeIfAbsent(a,
                k -> new Party(Optional.ofNullable(parties.apply(k)).orElseGet(() -> AgreementParties.unknown(k))));
        String region = slice.territory().equals(Slice.UNKNOWN_TERRITORY) ? Slice.UNKNOWN_TERRITORY
                : Optional.ofNullable(regionOf.apply(slice.territory())).orElse(Slice.UNKNOWN_TERRITORY);

        Map<Long, ContributionState<ContributionFact>> contributions = new LinkedHashMap<>();
        List<ContributionFact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparingLong(ContributionFact::sequence));
        for (ContributionFact fact : ordered) {
            if (!fact.placed() || !fact.territory().equals(slice.territory()) || !fact.month().equals(slice.month())) {
                throw new IllegalArgumentException("fact " + fact.sequence() + " does not lie in slice " + slice);
            }
            if (fact.kind() == FactKind.RECORDED) {
                contributions.put(fact.sequence(), ContributionState.recorded(fact.sequence(), fact, fact.quantity(), fact.value()));
            } else {
                contributions.computeIfPresent(fact.contribution(), (k, c) -> c.then(fact.followUp()));
            }
        }

        // cells by key in a hash map, sorted once at the end (a tree map compared keys field by field per contribution)
        Map<KpiKey, Cell> cells = new HashMap<>();
        for (ContributionState<ContributionFact> c : contributions.values()) {
            ContributionFact fact = c.recorded();
            Party p = lookup.apply(fact.agreement());
            KpiKey key = key(slice, region, p, fact.measure(), fact.unit());
            cells.computeIfAbsent(key, k -> new Cell()).add(c, measures.proxy(fact.measure(), fact.deliveryDate()));
        }
        for (CommittedLine line : committed) {
            if (!line.slice().equals(slice)) {
                throw new IllegalArgumentException("commitment line " + line.agreement() + "/" + line.line()
                        + " does not lie in slice " + slice);
            }
            Party p = lookup.apply(line.agreement());
            cells.computeIfAbsent(key(slice, region, p, line.measure(), line.unit()), k -> new Cell()).commit(line);
        }

        List<KpiFigures> kpis = new ArrayList<>();
        Map<SdgKey, SdgCell> sdgs = new TreeMap<>();
        LocalDate firstDay = slice.month().atDay(1);
        List<Map.Entry<KpiKey, Cell>> sorted = new ArrayList<>(cells.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        for (Map.Entry<KpiKey, Cell> e : sorted) {
            KpiFigures row = e.getValue().figures(e.getKey(), measures.proxy(e.getKey().measure(), firstDay).isPresent());
            kpis.add(row);
            for (String target : new TreeSet<>(measures.sdgTargets(row.key().measure()))) {
                sdgs.computeIfAbsent(SdgKey.of(row.key(), target), k -> new SdgCell()).add(row);
            }
        }
        List<SdgFigures> sdgRows = new ArrayList<>();
        sdgs.forEach((key, cell) -> sdgRows.add(cell.figures(key)));
        List<AgreementParties> agreements = new ArrayList<>(partiesOf.size());
        partiesOf.values().forEach(p -> agreements.add(p.parties));
        agreements.sort(Comparator.comparing(AgreementParties::agreement));
        return new SliceFigures(slice, kpis, sdgRows, agreements);
    }

    private static KpiKey key(Slice slice, String region, Party p, String measure, String unit) {
        return new KpiKey(slice.month(), slice.territory(), region, p.parties.buyer(), p.parties.supplier(), p.group, measure, unit);
    }

    /** An agreement's parties with its provider group written once. */
    private static final class Party {
        final AgreementParties parties;
        final String group;

        Party(AgreementParties parties) {
            this.parties = parties;
            this.group = parties.providerGroup();
        }
    }

    private static final class Cell {
        BigDecimal committedQuantity = BigDecimal.ZERO;
        BigDecimal committedValue = BigDecimal.ZERO;
        BigDecimal recordedQuantity = BigDecimal.ZERO;
        BigDecimal recordedValue = BigDecimal.ZERO;
        BigDecimal confirmedQuantity = BigDecimal.ZERO;
        BigDecimal confirmedValue = BigDecimal.ZERO;
        BigDecimal disputedQuantity = BigDecimal.ZERO;
        BigDecimal disputedValue = BigDecimal.ZERO;
        BigDecimal correctedQuantity = BigDecimal.ZERO;
        BigDecimal correctedValue = BigDecimal.ZERO;
        long count;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        boolean valueUnknown;

        void add(ContributionState<ContributionFact> c, Optional<MeasureReference.Proxy> proxy) {
            ContributionFact recorded = c.recorded();
            BigDecimal originalValue = recorded.value() == null ? BigDecimal.ZERO : recorded.value();
            if (c.reversed()) {
                correctedQuantity = correctedQuantity.subtract(recorded.quantity());
                correctedValue = correctedValue.subtract(originalValue);
                return;
            }
            BigDecimal quantity = c.quantity();
            BigDecimal value = c.valueOrZero();
            count++;
            recordedQuantity = recordedQuantity.add(quantity);
            recordedValue = recordedValue.add(value);
            if (c.verdict() == Verdict.CONFIRMED) {
                confirmedQuantity = confirmedQuantity.add(quantity);
                confirmedValue = confirmedValue.add(value);
            } else if (c.verdict() == Verdict.DISPUTED) {
                disputedQuantity = disputedQuantity.add(quantity);
                disputedValue = disputedValue.add(value);
            }
            if (c.corrected()) {
                correctedQuantity = correctedQuantity.add(quantity.subtract(recorded.quantity()));
                correctedValue = correctedValue.add(value.subtract(originalValue));
            }
            if (proxy.isPresent()) {
                // the recorded GBP value for a monetary measure when one was recorded, else the quantity
                BigDecimal basis = proxy.get().monetary() && c.valued() ? value : quantity;
                BigDecimal g = basis.multiply(proxy.get().valuePerUnit());
                gross = gross.add(g);
                net = net.add(g.multiply(proxy.get().netShare()));
            } else {
                valueUnknown = true;
            }
        }

        void commit(CommittedLine line) {
            committedQuantity = committedQuantity.add(line.quantity());
            committedValue = committedValue.add(line.value());
        }

        KpiFigures figures(KpiKey key, boolean measureValued) {
            boolean known = count > 0 ? !valueUnknown : measureValued;
            return new KpiFigures(key, committedQuantity, committedValue, recordedQuantity, recordedValue, confirmedQuantity,
                    confirmedValue, disputedQuantity, disputedValue, correctedQuantity, correctedValue, count,
                    known ? gross : null, known ? net : null);
        }
    }

    private static final class SdgCell {
        BigDecimal committedValue = BigDecimal.ZERO;
        BigDecimal recordedValue = BigDecimal.ZERO;
        BigDecimal confirmedValue = BigDecimal.ZERO;
        BigDecimal disputedValue = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        boolean unknown;

        void add(KpiFigures row) {
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

        SdgFigures figures(SdgKey key) {
            return new SdgFigures(key, committedValue, recordedValue, confirmedValue, disputedValue,
                    unknown ? null : gross, unknown ? null : net);
        }
    }

    /** Groups facts by the slice of their contribution (facts must be placed). */
    public static Map<Slice, List<ContributionFact>> bySlice(List<ContributionFact> facts) {
        Map<Slice, List<ContributionFact>> result = new HashMap<>();
        for (ContributionFact f : facts) {
            result.computeIfAbsent(f.slice(), s -> new ArrayList<>()).add(f);
        }
        return result;
    }
}
