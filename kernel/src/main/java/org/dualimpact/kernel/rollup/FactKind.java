package org.dualimpact.kernel.rollup;

/** What a ledger entry does to the contribution it concerns, as the roll-up reads it. */
public enum FactKind {
    /** A contribution recorded by the supplier. */
    RECORDED,
    /** A provider confirmed the contribution (the latest validation counts). */
    CONFIRMED,
    /** A provider disputed the contribution (the latest validation counts). */
    DISPUTED,
    /** The supplier reversed the contribution: it no longer counts as recorded. */
    REVERSED,
    /** The supplier amended quantity (and possibly value) of the contribution. */
    AMENDED
}
