package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerHead;
import org.dualimpact.kernel.ledger.Merkle;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.ledger.TreeHead;

/** In-memory fake of the ledger store: entries, complete-subtree nodes, personal data, tree heads. */
public final class InMemoryContributionLedger implements ContributionLedger {

    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, byte[]> nodes = new HashMap<>();
    private final Map<Long, List<PersonalData>> personal = new HashMap<>();
    private final List<TreeHead> heads = new ArrayList<>();

    @Override
    public LedgerHead lockHead() {
        return new LedgerHead(entries.size(), Merkle.frontier(entries.size(), subtrees()));
    }

    @Override
    public void append(List<LedgerEntry> newEntries, List<Merkle.Node> newNodes, List<PersonalData> data, LedgerHead head) {
        long newSize = head.size();
        for (LedgerEntry entry : newEntries) {
            if (entry.sequence() != entries.size()) {
                throw new IllegalStateException("gap or duplicate at " + entry.sequence());
            }
            entries.add(entry);
        }
        for (Merkle.Node node : newNodes) {
            if (nodes.putIfAbsent(node.level() + "/" + node.index(), node.hash()) != null) {
                throw new IllegalStateException("node stored twice: " + node.level() + "/" + node.index());
            }
        }
        for (PersonalData d : data) {
            personal.computeIfAbsent(d.sequence(), s -> new ArrayList<>()).add(d);
        }
        if (newSize != entries.size()) {
            throw new IllegalStateException("head " + newSize + " but " + entries.size() + " entries");
        }
        List<byte[]> expected = Merkle.frontier(newSize, subtrees());
        for (int i = 0; i < expected.size(); i++) {
            if (!Arrays.equals(expected.get(i), head.frontier().get(i))) {
                throw new IllegalStateException("frontier " + i + " of the new head does not match the stored subtrees");
            }
        }
    }

    @Override
    public long size() {
        return entries.size();
    }

    @Override
    public Optional<LedgerEntry> entry(long sequence) {
        return sequence >= 0 && sequence < entries.size() ? Optional.of(entries.get((int) sequence)) : Optional.empty();
    }

    @Override
    public List<LedgerEntry> entries(Optional<String> agreement, long from, long to) {
        return entries.stream().filter(e -> e.sequence() >= from && e.sequence() < to)
                .filter(e -> agreement.map(a -> a.equals(e.agreement())).orElse(true)).toList();
    }

    @Override
    public Merkle.SubtreeSource subtrees() {
        return (level, index) -> {
            byte[] hash = nodes.get(level + "/" + index);
            if (hash == null) {
                throw new IllegalStateException("no node " + level + "/" + index);
            }
            return hash;
        };
    }

    @Override
    public List<PersonalData> personalData(long sequence) {
        return List.copyOf(personal.getOrDefault(sequence, List.of()));
    }

    @Override
    public List<PersonalData> personalData(long from, long to) {
        List<PersonalData> result = new ArrayList<>();
        for (long seq = from; seq < to; seq++) {
            personal.getOrDefault(seq, List.of()).stream()
                    .sorted(Comparator.comparing(PersonalData::field)).forEach(result::add);
        }
        return result;
    }

    @Override
    public int erasePersonalData(long sequence) {
        List<PersonalData> removed = personal.remove(sequence);
        return removed == null ? 0 : removed.size();
    }

    @Override
    public void saveTreeHead(TreeHead head) {
        heads.add(head);
    }

    @Override
    public List<TreeHead> treeHeads() {
        return List.copyOf(heads);
    }
}
