package org.dualimpact.kernel.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one fold of ledger entries into each contribution's current state: the progress view and the KPI
 * roll-up both read contributions through it, so they cannot disagree.
 *
 * <p>Feed entries in sequence order (one agreement's, or any run of the ledger): a recording starts a
 * contribution ({@link ContributionState#recorded}); each follow-up moves the contribution it refers to
 * to its next state ({@link ContributionState#then}); a follow-up of a contribution this history has not
 * seen recorded is ignored. Read the states at any point.
 */
public final class ContributionHistory {

    private final Map<Long, ContributionState<ContributionRecorded>> states = new LinkedHashMap<>();
    private long last = -1;

    /** The history of the given entries (in sequence order). */
    public static ContributionHistory of(List<LedgerEntry> entries) {
        ContributionHistory history = new ContributionHistory();
        entries.forEach(history::apply);
        return history;
    }

    public Optional<ContributionState<ContributionRecorded>> apply(LedgerEntry entry) {
        return apply(entry.sequence(), entry.payload());
    }

    public Optional<ContributionState<ContributionRecorded>> apply(EntryContent entry) {
        return apply(entry.sequence(), entry.payload());
    }

    /**
     * Applies the entry with this sequence number (higher than any applied before).
     *
     * @return the state of the contribution it concerns, after it; empty when it concerns one not seen recorded
     */
    public Optional<ContributionState<ContributionRecorded>> apply(long sequence, EntryPayload payload) {
        if (sequence <= last) {
            throw new IllegalArgumentException("entries are applied in sequence order: " + sequence + " after " + last);
        }
        last = sequence;
        if (payload instanceof ContributionRecorded recorded) {
            ContributionState<ContributionRecorded> state = ContributionState.recorded(sequence, recorded);
            states.put(sequence, state);
            return Optional.of(state);
        }
        EntryPayload.FollowUp followUp = (EntryPayload.FollowUp) payload;
        ContributionState<ContributionRecorded> state = states.get(followUp.contribution());
        if (state == null) {
            return Optional.empty();
        }
        ContributionState<ContributionRecorded> next = state.then(followUp);
        states.put(followUp.contribution(), next);
        return Optional.of(next);
    }

    /** The state of the contribution recorded as entry {@code contribution}, if this history saw it. */
    public Optional<ContributionState<ContributionRecorded>> state(long contribution) {
        return Optional.ofNullable(states.get(contribution));
    }

    /** Every contribution seen recorded, reversed ones included, in recording order. */
    public List<ContributionState<ContributionRecorded>> states() {
        return List.copyOf(states.values());
    }

    /** The contributions that still count (not reversed), in recording order. */
    public List<ContributionState<ContributionRecorded>> counting() {
        List<ContributionState<ContributionRecorded>> counting = new ArrayList<>(states.size());
        for (ContributionState<ContributionRecorded> state : states.values()) {
            if (state.counts()) {
                counting.add(state);
            }
        }
        return counting;
    }
}
