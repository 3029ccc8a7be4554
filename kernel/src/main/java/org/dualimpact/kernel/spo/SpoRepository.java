package org.dualimpact.kernel.spo;

import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.tender.TenderReference;

/** Where SPOs are kept. */
public interface SpoRepository {

    Optional<Spo> find(SpoReference reference);

    void add(Spo spo);

    /**
     * Stores the SPO's new state if the stored version still equals {@code spo.version()}, increments
     * the stored version and tells the SPO ({@link Spo#markStored}); otherwise throws a {@code STALE}
     * {@link DomainException} and stores nothing.
     */
    void update(Spo spo);

    /** SPOs the organisation is a party to (supplier or named provider), newest first. */
    List<Spo> ofParty(OrganisationId organisation);

    /** SPOs submitted to a buyer (to its tenders or naming it for an existing contract), newest first. */
    List<Spo> submittedTo(OrganisationId buyer);

    /** SPOs submitted to one tender. */
    List<Spo> ofTender(TenderReference tender);

    /** References of every SPO still in stage 1 (DRAFT, ENDORSED, SUBMITTED), oldest first. */
    List<SpoReference> proposals();

    /** The next sequence number for SPO references of a territory and year (1, 2, …), without gaps in a commit. */
    long nextSequence(String territoryAbbrev, int year);
}
