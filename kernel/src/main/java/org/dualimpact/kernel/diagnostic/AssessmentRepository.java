package org.dualimpact.kernel.diagnostic;

import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where assessments are kept. */
public interface AssessmentRepository {

    Optional<Assessment> find(AssessmentId id);

    void add(Assessment assessment);

    /**
     * Stores the assessment's new state if the stored version still equals {@code assessment.version()},
     * increments the stored version and tells the assessment ({@link Assessment#markStored});
     * otherwise throws a {@code STALE} {@link org.dualimpact.kernel.shared.DomainException} and stores nothing.
     */
    void update(Assessment assessment);

    /** The organisation's assessments, newest first. */
    List<Assessment> ofOrganisation(OrganisationId organisation);

    /** Every submitted assessment of the framework version, of any organisation. */
    List<Assessment> submitted(FrameworkId framework);
}
