package org.dualimpact.kernel.tender;

import java.util.List;
import java.util.Optional;

/** Where tenders are kept. */
public interface TenderRepository {

    Optional<Tender> find(TenderReference reference);

    void add(Tender tender);

    void update(Tender tender);

    /** All tenders, newest first. */
    List<Tender> all();

    /** The next sequence number for tender references of a territory and year (1, 2, …). */
    long nextSequence(String territoryAbbrev, int year);
}
