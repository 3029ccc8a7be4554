package org.dualimpact.kernel.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The append-only store of ledger entries, the complete-subtree hashes of their Merkle tree, the
 * personal data kept beside them, and signed tree heads. The store never updates or deletes an
 * entry or a node; the database refuses it too.
 */
public interface ContributionLedger {

    /**
     * Locks the chain head for the rest of the caller's transaction (serialising appends across
     * every server sharing the database) and returns it: the current size (the next sequence
     * number) and the tree's right frontier.
     */
    LedgerHead lockHead();

    /**
     * Stores entries, the complete subtrees they finish (a store may keep only some levels, as
     * long as {@link #subtrees()} answers for every level) and their personal data, and moves the
     * head to {@code newHead}.
     */
    void append(List<LedgerEntry> entries, List<Merkle.Node> nodes, List<PersonalData> personal, LedgerHead newHead);

    /** The current size, without locking. */
    long size();

    Optional<LedgerEntry> entry(long sequence);

    /** Entries with {@code from <= sequence < to}, optionally of one agreement, in order. */
    List<LedgerEntry> entries(Optional<String> agreement, long from, long to);

    /**
     * What the entries below {@code to} of the agreements say, by agreement and then in order: the KPI
     * roll-up folds each agreement's entries. A store may read less than {@link #entries} (no hashes,
     * times or actors).
     */
    default List<EntryContent> contents(Collection<String> agreements, long to) {
        return agreements.stream().sorted().distinct().flatMap(a -> entries(Optional.of(a), 0, to).stream())
                .map(LedgerEntry::content).toList();
    }

    /** Stored complete-subtree hashes. */
    Merkle.SubtreeSource subtrees();

    /** Personal data still held for an entry (empty once erased). */
    List<PersonalData> personalData(long sequence);

    /** Personal data still held for the entries {@code from <= sequence < to}, by sequence then field. */
    List<PersonalData> personalData(long from, long to);

    /** Erases the personal data of an entry (crypto-shredding). @return how many fields were erased */
    int erasePersonalData(long sequence);

    void saveTreeHead(TreeHead head);

    /** Stored tree heads, oldest first. */
    List<TreeHead> treeHeads();
}
