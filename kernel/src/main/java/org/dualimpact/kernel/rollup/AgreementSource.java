package org.dualimpact.kernel.rollup;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the roll-up reads about agreements (SPOs in stage 2 or later): their parties and frozen commitment lines. */
public interface AgreementSource {

    /** The parties of those of the agreements that exist (an agreement not found is left out). */
    Map<String, AgreementParties> parties(Collection<String> agreements);

    /** The commitment lines of those of the agreements that exist. */
    List<CommittedLine> committed(Collection<String> agreements);

    /** The next journal sequence number (the journal's current length). */
    long journalPosition();
}
