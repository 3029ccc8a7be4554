package org.dualimpact.kernel.ledger;

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
     * every server sharing the database) and returns the current size: the next sequence number.
     */
    long lockHead();

    /** Stores entries and the subtree nodes they complete, and moves the head to {@code newSize}. */
    void append(List<LedgerEntry> entries, List<Merkle.Node> nodes, List<PersonalData> personal, long newSize);

    /** The current size, without locking. */
    long size();

    Optional<LedgerEntry> entry(long sequence);

    /** Entries with {@code from <= sequence < to}, optionally of one agreement, in order. */
    List<LedgerEntry> entries(Optional<String> agreement, long from, long to);

    /** Stored complete-subtree hashes. */
    Merkle.SubtreeSource subtrees();

    /** Personal data still held for an entry (empty once erased). */
    List<PersonalData> personalData(long sequence);

    /** Erases the personal data of an entry (crypto-shredding). @return how many fields were erased */
    int erasePersonalData(long sequence);

    void saveTreeHead(TreeHead head);

    /** Stored tree heads, oldest first. */
    List<TreeHead> treeHeads();
}
