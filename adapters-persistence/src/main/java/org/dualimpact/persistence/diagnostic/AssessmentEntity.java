package org.dualimpact.persistence.diagnostic;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dualimpact.kernel.diagnostic.Answer;
import org.dualimpact.kernel.diagnostic.Assessment;
import org.dualimpact.kernel.diagnostic.AssessmentId;
import org.dualimpact.kernel.diagnostic.AssessmentStatus;
import org.dualimpact.kernel.diagnostic.FrameworkId;
import org.dualimpact.kernel.diagnostic.Target;
import org.dualimpact.kernel.organisation.OrganisationId;

/**
 * The row of an assessment; its answers and targets are rows of their own
 * ({@link AssessmentAnswerEntity}, {@link AssessmentTargetEntity}) so an autosave writes only what
 * changed. {@code VERSION} is the optimistic lock of the whole assessment: every change also moves
 * {@code SAVED_AT}, so the row is always updated and its version incremented.
 */
@Entity
@Table(name = "ASSESSMENT")
public class AssessmentEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "ORGANISATION_ID", nullable = false, length = 40)
    String organisation;

    @Column(name = "FRAMEWORK_ID", nullable = false, length = 40)
    String framework;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 200)
    String createdBy;

    @Column(name = "COPIED_FROM", length = 40)
    String copiedFrom;

    @Column(name = "SUBMITTED_AT")
    Instant submittedAt;

    @Column(name = "SUBMITTED_BY", length = 200)
    String submittedBy;

    @Column(name = "SAVED_AT", nullable = false)
    Instant savedAt;

    @Column(name = "SAVED_BY", nullable = false, length = 200)
    String savedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    protected AssessmentEntity() {
    }

    AssessmentEntity(Assessment assessment) {
        id = assessment.id().value();
        organisation = assessment.organisation().value();
        framework = assessment.framework().value();
        title = assessment.title();
        createdAt = assessment.createdAt();
        createdBy = assessment.createdBy();
        copiedFrom = assessment.copiedFrom().map(AssessmentId::value).orElse(null);
        copyState(assessment);
    }

    /** Copies what can change on the row itself. */
    void copyState(Assessment assessment) {
        status = assessment.status().name();
        submittedAt = assessment.submittedAt().orElse(null);
        submittedBy = assessment.submittedBy().orElse(null);
        savedAt = assessment.savedAt();
        savedBy = assessment.savedBy();
    }

    Assessment toDomain(List<Answer> answers, List<Target> targets) {
        return new Assessment(new AssessmentId(id), new OrganisationId(organisation), new FrameworkId(framework), title,
                createdAt, createdBy, Optional.ofNullable(copiedFrom).map(AssessmentId::new),
                AssessmentStatus.valueOf(status), submittedAt, submittedBy, savedAt, savedBy, answers, targets, version);
    }
}
