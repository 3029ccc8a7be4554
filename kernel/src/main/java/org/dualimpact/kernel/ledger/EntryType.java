package org.dualimpact.kernel.ledger;

/** The kinds of ledger entry. Nothing is ever updated: a mistake is put right by a new entry. */
public enum EntryType {
    /** The supplier records a contribution delivered under a contracted agreement. */
    CONTRIBUTION_RECORDED,
    /** A provider of the agreement confirms a recorded contribution (community validation). */
    CONTRIBUTION_CONFIRMED,
    /** A provider of the agreement disputes a recorded contribution, with a reason. */
    CONTRIBUTION_DISPUTED,
    /** The supplier reverses or amends a contribution it recorded, with a reason. */
    CONTRIBUTION_CORRECTED
}
