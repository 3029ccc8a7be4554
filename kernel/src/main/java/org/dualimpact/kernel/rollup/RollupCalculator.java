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

/**
 * Computes the figures of one slice from the facts of the contributions delivered in it and the
 * commitment lines starting in it. A pure function of its inputs: the same facts and lines always give
 * the same rows, which is what makes recomputing a slice safe to repeat.
 *
 * <p>Rules (the same as the agreement's progress view, so the two always agree): facts are applied in
 * ledger order; a confirmation or dispute sets the contribution's validation (the latest counts); a
 * reversal removes it from what is recorded; an amendment replaces its quantity, and its value when the
 * amendment gives one; a follow-up of a reversed contribution changes nothing. See {@link KpiFigures}
 * for the definition of each figure.
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

        Map<Long, Contribution> contributions = new LinkedHashMap<>();
        List<ContributionFact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparingLong(ContributionFact::sequence));
        for (ContributionFact fact : ordered) {
            if (!fact.placed() || !fact.territory().equals(slice.territory()) || !fact.month().equals(slice.month())) {
                throw new IllegalArgumentException("fact " + fact.sequence() + " does not lie in slice " + slice);
            }
            if (fact.kind() == FactKind.RECORDED) {
                contributions.put(fact.sequence(), new Contribution(fact));
                continue;
            }
            Contribution c = contributions.get(fact.contribution());
            if (c == null || c.reversed) {
                continue;
            }
            switch (fact.kind()) {
                case CONFIRMED, DISPUTED -> c.validation = fact.kind();
                case REVERSED -> {
                    c.reversed = true;
                    c.corrected = true;
                }
                case AMENDED -> {
                    c.quantity = fact.quantity();
                    if (fact.value() != null) {
                        c.value = fact.value();
                        c.valued = true;
                    }
                    c.corrected = true;
                }
                default -> throw new IllegalStateException("unexpected " + fact.kind());
            }
        }

        // cells by key in a hash map, sorted once at the end (a tree map compared keys field by field per contribution)
        Map<KpiKey, Cell> cells = new HashMap<>();
        for (Contribution c : contributions.values()) {
            Party p = lookup.apply(c.fact.agreement());
            KpiKey key = key(slice, region, p, c.fact.measure(), c.fact.unit());
            cells.computeIfAbsent(key, k -> new Cell()).add(c, measures.proxy(c.fact.measure(), c.fact.deliveryDate()));
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

    /** A recorded contribution as its follow-ups leave it. */
    private static final class Contribution {
        final ContributionFact fact;
        BigDecimal quantity;
        BigDecimal value;
        /** whether a GBP value was recorded (or set by an amendment) */
        boolean valued;
        FactKind validation;
        boolean reversed;
        boolean corrected;

        Contribution(ContributionFact fact) {
            this.fact = fact;
            this.quantity = fact.quantity();
            this.value = fact.value() == null ? BigDecimal.ZERO : fact.value();
            this.valued = fact.value() != null;
        }

        /** What the proxy multiplies: the recorded GBP value for a monetary measure when one was recorded, else the quantity. */
        BigDecimal basis(MeasureReference.Proxy proxy) {
            return proxy.monetary() && valued ? value : quantity;
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

        void add(Contribution c, Optional<MeasureReference.Proxy> proxy) {
            BigDecimal originalValue = c.fact.value() == null ? BigDecimal.ZERO : c.fact.value();
            if (c.reversed) {
                correctedQuantity = correctedQuantity.subtract(c.fact.quantity());
                correctedValue = correctedValue.subtract(originalValue);
                return;
            }
            count++;
            recordedQuantity = recordedQuantity.add(c.quantity);
            recordedValue = recordedValue.add(c.value);
            if (c.validation == FactKind.CONFIRMED) {
                confirmedQuantity = confirmedQuantity.add(c.quantity);
                confirmedValue = confirmedValue.add(c.value);
            } else if (c.validation == FactKind.DISPUTED) {
                disputedQuantity = disputedQuantity.add(c.quantity);
                disputedValue = disputedValue.add(c.value);
            }
            if (c.corrected) {
                correctedQuantity = correctedQuantity.add(c.quantity.subtract(c.fact.quantity()));
                correctedValue = correctedValue.add(c.value.subtract(originalValue));
            }
            if (proxy.isPresent()) {
                BigDecimal g = c.basis(proxy.get()).multiply(proxy.get().valuePerUnit());
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
