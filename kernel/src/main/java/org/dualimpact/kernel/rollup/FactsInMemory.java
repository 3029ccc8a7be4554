package org.dualimpact.kernel.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts a run indexes from the very first ledger entry — an installation's first run, or a run after
 * the facts were dropped — kept in memory, so that its slices step computes every slice from them instead
 * of reading each slice's facts back from the store.
 *
 * <p>Rules:
 * <ul>
 * <li>At most one run is kept: {@link #begin} for a run forgets any other. A run is kept only when it
 *     indexes from entry 0 and its bound is within {@code maxEntries} (a memory limit).</li>
 * <li>The index step {@link #add}s the facts of each range it stores, in any order and from any thread.
 *     A range indexed twice (a chunk rolled back and retried) gives the same facts — they derive from
 *     immutable ledger entries — and is counted once.</li>
 * <li>{@link #facts} answers only while the kept facts cover every entry below the run's bound; otherwise
 *     (a restart, in this JVM after {@link #release} or in another; a range indexed by an execution that
 *     ran elsewhere) it answers nothing, and the caller reads the store, which holds the same facts.</li>
 * <li>{@link #release} forgets the run once its figures are complete, or once an execution of it ends
 *     otherwise (stopped, failed), so no memory stays held by a run that does not go on.</li>
 * </ul>
 * Thread-safe: the index step's partitions add while the slices step's partitions read only later.
 */
public final class FactsInMemory {

    /** Heap a fact takes here, for {@link #withinHeapShare}: the record, its own quantity and value, its list slots. */
    static final long BYTES_PER_FACT = 200;

    private final long maxEntries;

    private long instance = -1;
    private long bound;
    private final List<List<ContributionFact>> pages = new ArrayList<>();
    private Map<Slice, List<ContributionFact>> bySlice;
    /** Ranges of entries added, merged: from → to. */
    private final TreeMap<Long, Long> covered = new TreeMap<>();
    /**
     * One copy of each agreement, territory, measure, unit and delivery date: a million facts share a few
     * thousand, and the collector copies less. (Quantities and values are mostly distinct: not shared.)
     */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    /** Keeps runs of at most {@code maxEntries} ledger entries; 0 keeps none. */
    public FactsInMemory(long maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries is at least 0: " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** Keeps nothing: every slice is read from the store. */
    public static FactsInMemory none() {
        return new FactsInMemory(0);
    }

    /** Keeps runs whose facts take at most {@code share} (0..1) of {@code maxHeapBytes}. */
    public static FactsInMemory withinHeapShare(long maxHeapBytes, double share) {
        if (share < 0 || share > 1 || maxHeapBytes < 0) {
            throw new IllegalArgumentException("share is within 0..1 and the heap size at least 0");
        }
        return new FactsInMemory((long) (maxHeapBytes * share / BYTES_PER_FACT));
    }

    public long maxEntries() {
        return maxEntries;
    }

    /**
     * The run's index step is about to index entries from {@code indexFrom} to its bound. Keeps the run if
     * that is every entry from 0 and within the limit; a run already kept stays as it is (the same run
     * planned again in this JVM keeps what it has).
     */
    public synchronized void begin(RollupRun run, long indexFrom) {
        if (instance == run.instance() && bound == run.ledgerTo()) {
            return;
        }
        forget();
        if (indexFrom == 0 && run.ledgerTo() > 0 && run.ledgerTo() <= maxEntries) {
            instance = run.instance();
            bound = run.ledgerTo();
        }
    }

    /** The facts of entries {@code from <= seq < to}, as stored by the index step; ignored unless a run is kept and the range within its bound. */
    public void add(long from, long to, List<ContributionFact> facts) {
        synchronized (this) {
            if (instance < 0 || from < 0 || to > bound || from >= to) {
                return;
            }
        }
        List<ContributionFact> kept = new ArrayList<>(facts.size());
        for (ContributionFact f : facts) {
            kept.add(new ContributionFact(f.sequence(), f.contribution(), f.kind(), shared(f.agreement()), shared(f.territory()),
                    shared(f.deliveryDate()), shared(f.measure()), shared(f.unit()), f.quantity(), f.value()));
        }
        synchronized (this) {
            if (instance < 0 || to > bound) {
                return; // forgotten meanwhile
            }
            pages.add(kept); // grouped by slice once, when first read: a page spreads over most slices
            bySlice = null;
            cover(from, to);
        }
    }

    /** The kept facts by slice, grouped on first use after the last page came. */
    private Map<Slice, List<ContributionFact>> bySlice() {
        if (bySlice == null) {
            Map<Slice, List<ContributionFact>> grouped = new HashMap<>();
            for (List<ContributionFact> page : pages) {
                for (ContributionFact f : page) {
                    grouped.computeIfAbsent(f.slice(), s -> new ArrayList<>()).add(f);
                }
            }
            bySlice = grouped;
        }
        return bySlice;
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return value == null ? null : (T) this.shared.computeIfAbsent(value, v -> v);
    }

    private void cover(long from, long to) {
        Map.Entry<Long, Long> before = covered.floorEntry(from);
        if (before != null && before.getValue() >= from) {
            from = before.getKey();
            to = Math.max(to, before.getValue());
        }
        Map.Entry<Long, Long> next = covered.ceilingEntry(from);
        while (next != null && next.getKey() <= to) {
            to = Math.max(to, next.getValue());
            covered.remove(next.getKey());
            next = covered.ceilingEntry(from);
        }
        covered.put(from, to);
    }

    /** True when the run is kept and every entry below its bound was added. */
    public synchronized boolean complete(RollupRun run) {
        if (instance != run.instance() || bound != run.ledgerTo()) {
            return false;
        }
        Map.Entry<Long, Long> first = covered.firstEntry();
        return first != null && first.getKey() == 0 && first.getValue() >= bound;
    }

    /**
     * Every fact of the slice below the run's bound, in ledger order, as {@link RollupStore#facts} gives
     * them — or empty when the run's facts are not all here ({@link #complete}).
     */
    public Optional<List<ContributionFact>> facts(RollupRun run, Slice slice) {
        List<ContributionFact> found;
        synchronized (this) {
            if (!complete(run)) {
                return Optional.empty();
            }
            found = new ArrayList<>(bySlice().getOrDefault(slice, List.of()));
        }
        found.sort(Comparator.comparingLong(ContributionFact::sequence));
        List<ContributionFact> once = new ArrayList<>(found.size());
        for (ContributionFact f : found) {
            if (once.isEmpty() || once.get(once.size() - 1).sequence() != f.sequence()) {
                once.add(f);
            }
        }
        return Optional.of(once);
    }

    /** The slices holding facts of the run, as {@link RollupStore#slicesOfFacts}{@code (0, bound)} — or empty, as {@link #facts}. */
    public synchronized Optional<Set<Slice>> slices(RollupRun run) {
        return complete(run) ? Optional.of(new TreeSet<>(bySlice().keySet())) : Optional.empty();
    }

    /** The run's figures are complete: its facts are no longer needed here. */
    public void release(RollupRun run) {
        release(run.instance());
    }

    /**
     * The job instance's execution ended, however (stopped, failed): its facts are no longer kept — a
     * restart reads them from the store, which holds the same.
     */
    public synchronized void release(long jobInstance) {
        if (instance == jobInstance) {
            forget();
        }
    }

    private void forget() {
        instance = -1;
        bound = 0;
        pages.clear();
        bySlice = null;
        covered.clear();
        shared.clear();
    }
}
