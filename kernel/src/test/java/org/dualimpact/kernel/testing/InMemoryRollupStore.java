package org.dualimpact.kernel.testing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiKey;
import org.dualimpact.kernel.rollup.RollupRequest;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupState;
import org.dualimpact.kernel.rollup.RollupStore;
import org.dualimpact.kernel.rollup.Slice;

/**
 * In-memory fake of the roll-up store: the agreements' figures, and the KPI rows grouped from them as the
 * JDBC store's SQL groups them. Records which agreements were replaced, so tests see what a run recomputed.
 */
public final class InMemoryRollupStore implements RollupStore {

    private final ContributionLedger ledger;
    private final SpoAgreementSource agreements;
    private long ledgerWatermark;
    private long journalWatermark;
    private final Map<Long, RollupRun> runs = new TreeMap<>();
    private final Map<Long, Set<Slice>> noted = new TreeMap<>();
    public final Map<String, List<KpiFigures>> figures = new TreeMap<>();
    public final Map<Slice, List<KpiFigures>> kpis = new TreeMap<>();
    private final Map<Slice, Set<AgreementParties>> counted = new TreeMap<>();
    public final List<String> replaced = new ArrayList<>();

    /** For tests of the readers only ({@link #put}). */
    public InMemoryRollupStore() {
        this(null, null);
    }

    public InMemoryRollupStore(ContributionLedger ledger, SpoAgreementSource agreements) {
        this.ledger = ledger;
        this.agreements = agreements;
    }

    @Override
    public RollupState state() {
        return new RollupState(ledgerWatermark, journalWatermark);
    }

    @Override
    public Optional<RollupRun> run(long instance) {
        return Optional.ofNullable(runs.get(instance));
    }

    @Override
    public void saveRun(RollupRun run) {
        if (runs.putIfAbsent(run.instance(), run) != null) {
            throw new IllegalStateException("run " + run.instance() + " exists");
        }
        noted.put(run.instance(), slicesOf(agreements(run)));
        if (run.request().fullRebuild()) {
            figures.clear();
            ledgerWatermark = journalWatermark = 0;
        }
    }

    private Set<Slice> slicesOf(List<String> refs) {
        Set<Slice> slices = new TreeSet<>();
        refs.forEach(a -> figures.getOrDefault(a, List.of()).forEach(f -> slices.add(slice(f.key()))));
        return slices;
    }

    @Override
    public List<String> agreements(RollupRun run) {
        Set<String> refs = new TreeSet<>();
        if (run.request().restricted()) {
            figures.forEach((a, rows) -> rows.stream().filter(f -> covers(run.request(), slice(f.key()))).forEach(f -> refs.add(a)));
            agreements.all().forEach(a -> agreements.committed(List.of(a)).stream()
                    .filter(l -> covers(run.request(), new Slice(l.territory(), YearMonth.from(l.start())))).forEach(l -> refs.add(a)));
        } else {
            long from = run.request().fullRebuild() ? 0 : run.ledgerFrom();
            ledger.entries(Optional.empty(), from, run.ledgerTo()).forEach(e -> refs.add(e.agreement()));
            refs.addAll(run.request().fullRebuild() ? agreements.all() : agreements.formed(run.journalFrom(), run.journalTo()));
        }
        return List.copyOf(refs);
    }

    @Override
    public void replace(Map<String, List<KpiFigures>> figures) {
        this.figures.putAll(figures);
        replaced.addAll(figures.keySet());
    }

    @Override
    public int regroup(RollupRun run, Function<String, Set<String>> sdgTargets) {
        Set<Slice> slices = new TreeSet<>(noted.get(run.instance()));
        slices.addAll(slicesOf(agreements(run)));
        if (run.request().fullRebuild()) {
            slices.addAll(kpis.keySet());
            figures.values().forEach(rows -> rows.forEach(f -> slices.add(slice(f.key()))));
        }
        slices.removeIf(s -> !covers(run.request(), s));
        Map<KpiKey, List<KpiFigures>> grouped = new TreeMap<>();
        Map<Slice, Set<AgreementParties>> parties = new TreeMap<>();
        figures.forEach((a, rows) -> rows.stream().filter(f -> slices.contains(slice(f.key()))).forEach(f -> {
            grouped.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
            parties.computeIfAbsent(slice(f.key()), s -> new TreeSet<>((x, y) -> x.agreement().compareTo(y.agreement())))
                    .add(new AgreementParties(a, f.key().buyer(), f.key().supplier(), new TreeSet<>(Set.of(f.key().providers().split(" ")))));
        }));
        slices.forEach(s -> {
            kpis.remove(s);
            counted.remove(s);
        });
        grouped.forEach((key, rows) -> kpis.computeIfAbsent(slice(key), s -> new ArrayList<>()).add(sum(key, rows)));
        counted.putAll(parties);
        if (!run.request().restricted()) {
            ledgerWatermark = run.ledgerTo();
            journalWatermark = run.journalTo();
        }
        return parties.size();
    }

    /** The KPI row of a key: the sum of the agreements' rows; social value as the SQL's rule. */
    private static KpiFigures sum(KpiKey key, List<KpiFigures> rows) {
        boolean unknown = rows.stream().anyMatch(f -> f.contributions() > 0 && f.grossSocialValue() == null)
                || rows.stream().allMatch(f -> f.grossSocialValue() == null);
        return new KpiFigures(key, add(rows, KpiFigures::committedQuantity), add(rows, KpiFigures::committedValue),
                add(rows, KpiFigures::recordedQuantity), add(rows, KpiFigures::recordedValue), add(rows, KpiFigures::confirmedQuantity),
                add(rows, KpiFigures::confirmedValue), add(rows, KpiFigures::disputedQuantity), add(rows, KpiFigures::disputedValue),
                add(rows, KpiFigures::correctedQuantity), add(rows, KpiFigures::correctedValue),
                rows.stream().mapToLong(KpiFigures::contributions).sum(),
                unknown ? null : add(rows, KpiFigures::grossSocialValue), unknown ? null : add(rows, KpiFigures::netSocialValue));
    }

    private static BigDecimal add(List<KpiFigures> rows, Function<KpiFigures, BigDecimal> figure) {
        return rows.stream().map(figure).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Puts the rows and agreements of a slice, as a regroup would (for tests of the readers). */
    public void put(Slice slice, List<KpiFigures> rows, List<AgreementParties> parties) {
        kpis.put(slice, List.copyOf(rows));
        Set<AgreementParties> set = new TreeSet<>((x, y) -> x.agreement().compareTo(y.agreement()));
        set.addAll(parties);
        counted.put(slice, set);
    }

    /** Every KPI row, in key order. */
    public List<KpiFigures> kpis() {
        return kpis.values().stream().flatMap(List::stream).sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    /** The agreements counted per slice. */
    public Map<Slice, Set<AgreementParties>> agreements() {
        return counted;
    }

    static Slice slice(KpiKey key) {
        return new Slice(key.territory(), key.month());
    }

    /** Whether a slice is one the request asks for (always, unless restricted). */
    static boolean covers(RollupRequest request, Slice slice) {
        return request.month().map(slice.month()::equals).orElse(true) && request.territory().map(slice.territory()::equals).orElse(true);
    }
}
