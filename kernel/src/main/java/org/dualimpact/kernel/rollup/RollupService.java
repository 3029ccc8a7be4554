package org.dualimpact.kernel.rollup;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.EntryContent;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The nightly KPI roll-up, as the steps of a batch job call it:
 * <ol>
 * <li>{@link #plan}: fix the run's bounds — ledger entries from the figures' watermark to the ledger's
 *     current size, journal entries likewise. A restart gets the same run back; restarting a run
 *     that a later run has overtaken is refused (it would put older figures back).</li>
 * <li>{@link #read} page by page from {@link #indexFrom} and {@link #index} any run of adjacent pages
 *     (the job: a chunk's, in parallel ranges), then {@link #indexed}: new ledger entries become facts.</li>
 * <li>{@link #slices}: which slices to recompute — incremental: those holding a fact of a new entry or a
 *     commitment line of a newly formed agreement (only the months touched since the last run); full
 *     rebuild: every slice; restricted (month/territory): every slice matching.</li>
 * <li>{@link #compute} and {@link #store}: recompute each slice from all its facts and replace it.</li>
 * <li>{@link #complete}: move the watermarks (not for a restricted run), drop slices a full rebuild no
 *     longer produces.</li>
 * </ol>
 * Every step is safe to repeat, so a run stopped or killed anywhere and restarted ends with exactly the
 * figures of an uninterrupted run.
 *
 * <p>An instance caches agreement parties and regions: use one per thread (each partition of the job
 * has its own).
 */
public final class RollupService {

    /** How many agreements' parties a service keeps. */
    static final int PARTIES_CACHED = 200_000;

    private final RollupStore store;
    private final AgreementSource agreements;
    private final ContributionLedger ledger;
    private final TerritoryRepository territories;
    private final MeasureReference measures;
    private final Clock clock;
    private final Map<String, AgreementParties> parties = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AgreementParties> eldest) {
            return size() > PARTIES_CACHED;
        }
    };
    private Map<String, String> regions;

    public RollupService(RollupStore store, AgreementSource agreements, ContributionLedger ledger,
            TerritoryRepository territories, MeasureReference measures, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.agreements = Objects.requireNonNull(agreements);
        this.ledger = Objects.requireNonNull(ledger);
        this.territories = Objects.requireNonNull(territories);
        this.measures = Objects.requireNonNull(measures);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Reads and checks the job parameters (see {@link RollupRequest#parse}). */
    public RollupRequest request(String fullRebuild, String month, String territory) {
        Set<String> known = territories.territories().stream().map(Territory::code).collect(Collectors.toSet());
        return RollupRequest.parse(fullRebuild, month, territory, known, YearMonth.now(clock));
    }

    /** The run of a job instance: planned now, or as planned by its first execution. */
    public RollupRun plan(long instance, RollupRequest request) {
        RollupState state = store.state();
        if (store.run(instance).isPresent()) {
            return run(instance);
        }
        long size = ledger.size();
        long journal = agreements.journalPosition();
        RollupRun run = request.fullRebuild() || request.restricted()
                ? new RollupRun(instance, request, 0, size, 0, journal, clock.instant())
                : new RollupRun(instance, request, Math.min(state.ledgerWatermark(), size), size,
                        Math.min(state.journalWatermark(), journal), journal, clock.instant());
        store.saveRun(run);
        return run;
    }

    /**
     * The run planned for a job instance, for the steps after planning and for restarts. Refused when a
     * later run has already brought the figures further: redoing this one would put older figures back.
     */
    public RollupRun run(long instance) {
        RollupRun run = store.run(instance).orElseThrow(() -> DomainException.notFound("rollup-run-not-found",
                "No kpi-rollup run was planned for job instance " + instance + "."));
        long watermark = store.state().ledgerWatermark();
        if (watermark > run.ledgerTo()) {
            throw DomainException.conflict("rollup-run-overtaken", "Run " + instance + " works on ledger entries below "
                    + run.ledgerTo() + ", but a later run has already brought the figures up to entry " + watermark
                    + ". Restarting it would put older figures back: start a new run instead.");
        }
        return run;
    }

    /** Where indexing resumes: the first ledger entry not yet indexed (never beyond the run's bound). */
    public long indexFrom(RollupRun run) {
        return Math.min(store.state().indexedTo(), run.ledgerTo());
    }

    /**
     * Facts of ledger entries {@code from <= seq < to}, placed: a follow-up (confirmation, dispute,
     * correction) takes the dimensions of the recording it refers to — found in the same page, else among
     * the facts already indexed, else read from the ledger (the recording may lie in a range another
     * partition has not indexed yet). Facts derive from immutable entries, so the three give the same.
     */
    public List<ContributionFact> read(long from, long to) {
        List<EntryContent> entries = ledger.contents(from, to);
        List<ContributionFact> facts = new ArrayList<>(entries.size());
        Map<Long, ContributionFact> recordings = new HashMap<>();
        Set<Long> wanted = new TreeSet<>();
        for (EntryContent entry : entries) {
            ContributionFact fact = ContributionFact.of(entry);
            if (fact.kind() == FactKind.RECORDED) {
                recordings.put(fact.sequence(), fact);
            } else if (!recordings.containsKey(fact.contribution())) {
                wanted.add(fact.contribution());
            }
            facts.add(fact);
        }
        if (!wanted.isEmpty()) {
            recordings.putAll(store.recordings(wanted));
            for (Long sequence : wanted) {
                if (!recordings.containsKey(sequence)) {
                    ledger.entry(sequence).map(ContributionFact::of).filter(f -> f.kind() == FactKind.RECORDED)
                            .ifPresent(f -> recordings.put(sequence, f));
                }
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            ContributionFact fact = facts.get(i);
            if (fact.kind() != FactKind.RECORDED) {
                ContributionFact recorded = recordings.get(fact.contribution());
                if (recorded == null) {
                    throw new IllegalStateException("ledger entry " + fact.sequence() + " (" + fact.kind()
                            + ") refers to entry " + fact.contribution() + ", which is not a recorded contribution");
                }
                facts.set(i, fact.about(recorded));
            }
        }
        return facts;
    }

    public void index(long from, long to, List<ContributionFact> facts) {
        for (ContributionFact f : facts) {
            if (f.sequence() < from || f.sequence() >= to || !f.placed()) {
                throw new IllegalArgumentException("fact " + f.sequence() + " is not a placed fact of entries " + from + ".." + to);
            }
        }
        store.index(from, to, facts);
    }

    /** After the index step: every entry of the run is indexed (see {@link RollupStore#indexed}). */
    public void indexed(RollupRun run) {
        store.indexed(run.ledgerTo());
    }

    /** The slices the run recomputes, in a fixed order; decided once per run and kept for restarts. */
    public List<Slice> slices(RollupRun run) {
        Optional<List<Slice>> planned = store.plannedSlices(run.instance());
        if (planned.isPresent()) {
            return planned.get();
        }
        Set<Slice> slices = new TreeSet<>();
        RollupRequest request = run.request();
        if (request.fullRebuild() || request.restricted()) {
            slices.addAll(store.slicesOfFacts(0, run.ledgerTo()));
            slices.addAll(agreements.committedSlices());
            slices.addAll(store.storedSlices());
            if (request.month().isPresent() && request.territory().isPresent()) {
                slices.add(new Slice(request.territory().get(), request.month().get()));
            }
            slices.removeIf(s -> !request.covers(s));
        } else {
            slices.addAll(store.slicesOfFacts(run.ledgerFrom(), run.ledgerTo()));
            slices.addAll(agreements.committedSlicesFormed(run.journalFrom(), run.journalTo()));
        }
        store.planSlices(run.instance(), new ArrayList<>(slices));
        return store.plannedSlices(run.instance()).orElseThrow();
    }

    /**
     * Recomputes one slice from every fact of its contributions up to the run's bound. The parties of an
     * agreement never change once it is an agreement (supplier, buyer and providers are fixed at
     * submission), so they are looked up once per service and kept (at most {@link #PARTIES_CACHED}).
     */
    public SliceFigures compute(RollupRun run, Slice slice) {
        if (regions == null) {
            regions = regions();
        }
        List<ContributionFact> facts = store.facts(slice, run.ledgerTo());
        List<CommittedLine> committed = agreements.committed(slice);
        Set<String> missing = new TreeSet<>();
        facts.forEach(f -> {
            if (!parties.containsKey(f.agreement())) {
                missing.add(f.agreement());
            }
        });
        committed.forEach(c -> {
            if (!parties.containsKey(c.agreement())) {
                missing.add(c.agreement());
            }
        });
        if (!missing.isEmpty()) {
            Map<String, AgreementParties> found = agreements.parties(missing);
            for (String a : missing) {
                AgreementParties p = found.get(a);
                if (p != null) {
                    parties.put(a, p); // an agreement not found is not cached: it may be found later
                }
            }
        }
        Map<String, String> regionOf = regions;
        return new RollupCalculator(measures, regionOf::get).compute(slice, facts, committed,
                a -> parties.getOrDefault(a, AgreementParties.unknown(a)));
    }

    /** Stores the figures of several slices (a chunk of the slices step) in one write. */
    public void store(List<SliceFigures> figures) {
        Set<Slice> distinct = new HashSet<>();
        for (SliceFigures f : figures) {
            if (!distinct.add(f.slice())) {
                throw new IllegalArgumentException("slice " + f.slice() + " twice in one write");
            }
        }
        store.replace(figures);
    }

    /**
     * Ends a run: a full rebuild removes the slices it did not produce; an unrestricted run moves the
     * watermarks to its bounds. Safe to repeat. @return a one-line summary for the job's exit status
     */
    public String complete(RollupRun run) {
        List<Slice> slices = slices(run);
        if (run.request().fullRebuild()) {
            Set<Slice> stale = new TreeSet<>(store.storedSlices());
            stale.removeAll(slices);
            store.remove(stale);
        }
        if (!run.request().restricted()) {
            store.advance(run.ledgerTo(), run.journalTo());
        }
        return "recomputed " + slices.size() + " slices from ledger entries " + run.ledgerFrom() + " to "
                + run.ledgerTo() + (run.request().fullRebuild() ? " (full rebuild)" : "")
                + run.request().month().map(m -> " month " + m).orElse("")
                + run.request().territory().map(t -> " territory " + t).orElse("");
    }

    private Map<String, String> regions() {
        Map<String, String> regions = new HashMap<>();
        for (Territory t : territories.territories()) {
            regions.put(t.code(), t.regionCode());
        }
        return regions;
    }
}
