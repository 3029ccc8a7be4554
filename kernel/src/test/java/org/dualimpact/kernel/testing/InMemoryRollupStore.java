package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.FactKind;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupState;
import org.dualimpact.kernel.rollup.RollupStore;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.rollup.Slice;
import org.dualimpact.kernel.rollup.SliceFigures;

/** In-memory fake of the roll-up store; counts slice replacements so tests see what a run recomputed. */
public final class InMemoryRollupStore implements RollupStore {

    private long indexedTo;
    private long ledgerWatermark;
    private long journalWatermark;
    private final Map<Long, RollupRun> runs = new HashMap<>();
    private final TreeMap<Long, ContributionFact> facts = new TreeMap<>();
    private final Map<Long, List<Slice>> planned = new HashMap<>();
    public final Map<Slice, SliceFigures> figures = new TreeMap<>();
    public final List<Slice> replaced = new ArrayList<>();
    @Override
    public RollupState state() {
        return new RollupState(indexedTo, ledgerWatermark, journalWatermark);
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
    }

    @Override
    public void index(long from, long to, List<ContributionFact> newFacts) {
        facts.subMap(from, to).clear();
        for (ContributionFact f : newFacts) {
            if (f.sequence() < from || f.sequence() >= to || !f.placed()) {
                throw new IllegalArgumentException("fact " + f.sequence() + " outside " + from + ".." + to + " or not placed");
            }
            facts.put(f.sequence(), f);
        }
    }

    @Override
    public Map<Long, ContributionFact> recordings(Collection<Long> sequences) {
        Map<Long, ContributionFact> found = new HashMap<>();
        for (Long s : sequences) {
            ContributionFact f = facts.get(s);
            if (f != null && f.kind() == FactKind.RECORDED) {
                found.put(s, f);
            }
        }
        return found;
    }

    @Override
    public void indexed(long to) {
        indexedTo = Math.max(indexedTo, to);
    }

    @Override
    public Set<Slice> slicesOfFacts(long from, long to) {
        Set<Slice> slices = new TreeSet<>();
        facts.subMap(from, to).values().forEach(f -> slices.add(f.slice()));
        return slices;
    }

    @Override
    public List<ContributionFact> facts(Slice slice, long before) {
        return facts.headMap(before).values().stream().filter(f -> f.slice().equals(slice)).toList();
    }

    @Override
    public Set<Slice> storedSlices() {
        return new TreeSet<>(figures.keySet());
    }

    @Override
    public Optional<List<Slice>> plannedSlices(long instance) {
        return Optional.ofNullable(planned.get(instance)).map(List::copyOf);
    }

    @Override
    public void planSlices(long instance, List<Slice> slices) {
        planned.putIfAbsent(instance, List.copyOf(slices));
    }

    @Override
    public void replace(List<SliceFigures> figures) {
        figures.forEach(this::replace);
    }

    /** Replaces one slice's rows. */
    public void replace(SliceFigures f) {
        replaced.add(f.slice());
        if (f.kpis().isEmpty() && f.sdgs().isEmpty() && f.agreements().isEmpty()) {
            figures.remove(f.slice());
        } else {
            figures.put(f.slice(), f);
        }
    }

    @Override
    public void remove(Collection<Slice> slices) {
        slices.forEach(figures::remove);
    }

    @Override
    public void advance(long ledger, long journal) {
        ledgerWatermark = ledger;
        journalWatermark = journal;
    }

    public List<KpiFigures> kpis() {
        return figures.values().stream().flatMap(f -> f.kpis().stream()).sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    public List<SdgFigures> sdgs() {
        return figures.values().stream().flatMap(f -> f.sdgs().stream()).toList();
    }

    public List<AgreementParties> agreements() {
        return figures.values().stream().flatMap(f -> f.agreements().stream()).toList();
    }
}
