package org.dualimpact.kernel.rollup;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the roll-up reads about agreements (SPOs in stage 2 or later): their parties and their frozen
 * commitment lines, and which agreements the audit journal shows were formed between two positions.
 */
public interface AgreementSource {

    /** The parties of those of the agreements that exist (an agreement not found is left out). */
    Map<String, AgreementParties> parties(Set<String> agreements);

    /** Commitment lines of agreements that start in the slice's month and lie in its territory. */
    List<CommittedLine> committed(Slice slice);

    /** Every slice holding a commitment line of an agreement. */
    Set<Slice> committedSlices();

    /** Slices of the commitment lines of agreements formed by journal entries {@code from <= seq < to}. */
    Set<Slice> committedSlicesFormed(long journalFrom, long journalTo);

    /** The next journal sequence number (the journal's current length). */
    long journalPosition();
}
