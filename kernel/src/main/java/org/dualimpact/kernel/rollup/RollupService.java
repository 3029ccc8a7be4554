package org.dualimpact.kernel.rollup;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.EntryContent;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The nightly KPI roll-up, as the steps of a batch job call it:
 * <ol>
 * <li>{@link #plan}: fix the run's bounds — ledger entries from the watermark to the ledger's current
 *     size, journal entries likewise. A restart gets the same run back; restarting a run that a later run
 *     has overtaken is refused (it would put older figures back).</li>
 * <li>{@link #agreements}, then for a few agreements at a time {@link #compute} and {@link #store}: fold
 *     each agreement's ledger entries below the run's bound and replace its figures.</li>
 * <li>{@link #complete}: group the figures of the slices touched into KPI rows and move the watermarks.</li>
 * </ol>
 * Every step replaces what it writes, so a run stopped or killed anywhere and restarted ends with exactly
 * the figures of an uninterrupted run.
 */
public final class RollupService {

    private final RollupStore store;
    private final AgreementSource agreements;
    private final ContributionLedger ledger;
    private final TerritoryRepository territories;
    private final MeasureReference measures;
    private final Clock clock;
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
        if (store.run(instance).isPresent()) {
            return run(instance);
        }
        RollupState state = store.state();
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
     * later run has already brought the figures further (redoing this one would put older figures back), and
     * when a full rebuild planned since set the watermarks below its start (it removed the figures this one
     * would build on).
     */
    public RollupRun run(long instance) {
        RollupRun run = store.run(instance).orElseThrow(() -> DomainException.notFound("rollup-run-not-found",
                "No kpi-rollup run was planned for job instance " + instance + "."));
        RollupState state = store.state();
        if (state.ledgerWatermark() > run.ledgerTo()) {
            throw DomainException.conflict("rollup-run-overtaken", "Run " + instance + " works on ledger entries below "
                    + run.ledgerTo() + ", but a later run has already brought the figures up to entry " + state.ledgerWatermark()
                    + ". Restarting it would put older figures back: start a new run instead.");
        }
        if (state.ledgerWatermark() < run.ledgerFrom() || state.journalWatermark() < run.journalFrom()) {
            throw DomainException.conflict("rollup-run-overtaken", "Run " + instance + " builds on the figures up to ledger entry "
                    + run.ledgerFrom() + ", but a full rebuild planned since has removed them: start a new run instead.");
        }
        return run;
    }

    /** The agreements the run recomputes, in order (see {@link RollupStore#agreements}). */
    public List<String> agreements(RollupRun run) {
        return store.agreements(run);
    }

    /** The figures of the agreements, from their ledger entries below the run's bound and their commitment lines. */
    public Map<String, List<KpiFigures>> compute(RollupRun run, List<String> refs) {
        if (regions == null) {
            regions = new HashMap<>();
            territories.territories().forEach(t -> regions.put(t.code(), t.regionCode()));
        }
        Map<String, List<EntryContent>> entries = new HashMap<>();
        for (EntryContent e : ledger.contents(refs, run.ledgerTo())) {
            entries.computeIfAbsent(e.agreement(), a -> new ArrayList<>()).add(e);
        }
        Map<String, List<CommittedLine>> lines = new HashMap<>();
        agreements.committed(refs).forEach(l -> lines.computeIfAbsent(l.agreement(), a -> new ArrayList<>()).add(l));
        Map<String, AgreementParties> parties = agreements.parties(refs);
        RollupCalculator calculator = new RollupCalculator(measures, regions::get);
        Map<String, List<KpiFigures>> figures = new LinkedHashMap<>();
        for (String ref : refs) {
            figures.put(ref, calculator.compute(parties.getOrDefault(ref, AgreementParties.unknown(ref)),
                    entries.getOrDefault(ref, List.of()), lines.getOrDefault(ref, List.of())));
        }
        return figures;
    }

    /** Replaces the figures of the agreements computed (a chunk of the job) in one write. */
    public void store(Map<String, List<KpiFigures>> figures) {
        store.replace(figures);
    }

    /**
     * Ends a run: groups the figures of the slices it touched into KPI, SDG and agreement rows and, unless
     * restricted, moves the watermarks to its bounds. Safe to repeat. @return a summary for the exit status
     */
    public String complete(RollupRun run) {
        int slices = store.regroup(run, measures::sdgTargets);
        return "recomputed " + slices + " slices from ledger entries " + run.ledgerFrom() + " to " + run.ledgerTo()
                + run.request().describe();
    }
}
