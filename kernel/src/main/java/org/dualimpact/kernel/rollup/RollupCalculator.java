package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.dualimpact.kernel.ledger.ContributionHistory;
import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.ledger.ContributionState;
import org.dualimpact.kernel.ledger.ContributionState.Verdict;
import org.dualimpact.kernel.ledger.EntryContent;

/**
 * Computes the figures of one agreement per month × territory × measure (and unit), from its ledger
 * entries and its commitment lines: a pure function of its inputs, so computing an agreement again
 * gives the same rows. The entries are folded by the ledger's one fold of contributions
 * ({@link ContributionHistory}), which the agreement's progress view uses too, so the two agree: the
 * latest confirmation or dispute counts, a reversal removes the contribution, an amendment replaces
 * its quantity (and value, when it gives one). See {@link KpiFigures} for each figure; social value is
 * rounded to pence per row, and the KPI rows add these rows up.
 */
public final class RollupCalculator {

    private final MeasureReference measures;
    private final Function<String, String> regionOf;

    /** @param regionOf the region code of a territory code (null when unknown, as for {@link Slice#UNKNOWN_TERRITORY}) */
    public RollupCalculator(MeasureReference measures, Function<String, String> regionOf) {
        this.measures = Objects.requireNonNull(measures);
        this.regionOf = Objects.requireNonNull(regionOf);
    }

    /**
     * @param entries the agreement's ledger entries, in sequence order
     * @param committed the agreement's commitment lines
     */
    public List<KpiFigures> compute(AgreementParties parties, List<EntryContent> entries, List<CommittedLine> committed) {
        ContributionHistory history = new ContributionHistory();
        for (EntryContent entry : entries) {
            if (!entry.agreement().equals(parties.agreement())) {
                throw new IllegalArgumentException("entry " + entry.sequence() + " is of agreement " + entry.agreement());
            }
            history.apply(entry);
        }
        Map<KpiKey, Cell> cells = new TreeMap<>();
        for (ContributionState<ContributionRecorded> c : history.states()) {
            ContributionRecorded r = c.recorded();
            KpiKey key = key(parties, Slice.territoryOf(r.territory()), YearMonth.from(r.deliveryDate()), r.measureCode(), r.unit());
            cells.computeIfAbsent(key, k -> new Cell()).add(c, measures.proxy(r.measureCode(), r.deliveryDate()));
        }
        for (CommittedLine line : committed) {
            if (!line.agreement().equals(parties.agreement())) {
                throw new IllegalArgumentException("commitment line of agreement " + line.agreement());
            }
            KpiKey key = key(parties, line.territory(), YearMonth.from(line.start()), line.measure(), line.unit());
            cells.computeIfAbsent(key, k -> new Cell()).commit(line);
        }
        List<KpiFigures> rows = new ArrayList<>(cells.size());
        cells.forEach((key, cell) -> rows.add(cell.figures(key, measures.proxy(key.measure(), key.month().atDay(1)).isPresent())));
        return rows;
    }

    private KpiKey key(AgreementParties p, String territory, YearMonth month, String measure, String unit) {
        String region = Optional.ofNullable(regionOf.apply(territory)).orElse(Slice.UNKNOWN_TERRITORY);
        return new KpiKey(month, territory, region, p.buyer(), p.supplier(), p.providerGroup(), measure, unit);
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

        void add(ContributionState<ContributionRecorded> c, Optional<MeasureReference.Proxy> proxy) {
            ContributionRecorded recorded = c.recorded();
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

        /** Social value is unknown (null) unless every counted contribution had a proxy; without any, when the measure has none. */
        KpiFigures figures(KpiKey key, boolean measureValued) {
            boolean known = count > 0 ? !valueUnknown : measureValued;
            return new KpiFigures(key, committedQuantity, committedValue, recordedQuantity, recordedValue, confirmedQuantity,
                    confirmedValue, disputedQuantity, disputedValue, correctedQuantity, correctedValue, count,
                    known ? gross : null, known ? net : null);
        }
    }
}
