package org.dualimpact.kernel.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one place entries get their sequence numbers, commitments, leaf hashes and subtree nodes.
 * It works in the caller's transaction; whoever calls it decides how many entries share a commit.
 */
public final class LedgerAppender {

    private final ContributionLedger ledger;
    private final Clock clock;

    public LedgerAppender(ContributionLedger ledger, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Appends a batch in the caller's transaction under one lock of the chain head: consecutive
     * sequence numbers, one set of subtree nodes, one commit for all — the group commit that makes
     * throughput come from batching rather than from relaxing durability. Entries must already be
     * validated.
     */
    public List<LedgerEntry> appendAll(List<PendingEntry> batch) {
        LedgerHead head = ledger.lockHead();
        long sequence = head.size();
        Instant now = clock.instant();
        Map<String, byte[]> fresh = new HashMap<>();
        Merkle.SubtreeSource frontier = Merkle.frontierSource(head.size(), head.frontier());
        Merkle.SubtreeSource overlay = (level, index) -> {
            byte[] hash = fresh.get(level + "/" + index);
            return hash != null ? hash : frontier.subtree(level, index);
        };
        List<LedgerEntry> entries = new ArrayList<>();
        List<Merkle.Node> nodes = new ArrayList<>();
        List<PersonalData> personalData = new ArrayList<>();
        for (PendingEntry pending : batch) {
            long seq = sequence + entries.size();
            String actorSalt = PersonalData.newSalt();
            personalData.add(new PersonalData(seq, "actor", actorSalt, pending.actor()));
            Map<String, String> committed = pending.payload().canonical();
            for (Map.Entry<String, String> field : new TreeMap<>(pending.personal()).entrySet()) {
                String salt = PersonalData.newSalt();
                personalData.add(new PersonalData(seq, field.getKey(), salt, field.getValue()));
                committed.put(field.getKey(), PersonalData.commitment(salt, field.getValue()));
            }
            EntryPayload payload = pending.personal().isEmpty() ? pending.payload()
                    : EntryPayload.of(pending.type(), committed);
            LedgerEntry entry = LedgerEntry.of(seq, now, pending.agreement(), pending.organisation(),
                    PersonalData.commitment(actorSalt, pending.actor()), payload);
            for (Merkle.Node node : Merkle.completedBy(seq, entry.leafHashBytes(), overlay)) {
                fresh.put(node.level() + "/" + node.index(), node.hash());
                nodes.add(node);
            }
            entries.add(entry);
        }
        long newSize = sequence + entries.size();
        ledger.append(entries, nodes, personalData, new LedgerHead(newSize, Merkle.frontier(newSize, overlay)));
        return entries;
    }
}
