package org.dualimpact.kernel.diagnostic;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;

/**
 * In-memory fake of the assessment port with the real optimistic-locking contract: it stores copies,
 * so a caller holding an old copy is refused as STALE.
 */
final class InMemoryAssessmentRepository implements AssessmentRepository {

    private final Map<AssessmentId, Assessment> stored = new LinkedHashMap<>();

    @Override
    public Optional<Assessment> find(AssessmentId id) {
        return Optional.ofNullable(stored.get(id)).map(InMemoryAssessmentRepository::copy);
    }

    @Override
    public void add(Assessment assessment) {
        if (stored.putIfAbsent(assessment.id(), copy(assessment)) != null) {
            throw new IllegalStateException("duplicate " + assessment.id());
        }
    }

    @Override
    public void update(Assessment assessment) {
        Assessment current = stored.get(assessment.id());
        if (current == null) {
            throw new IllegalStateException("no stored assessment " + assessment.id());
        }
        if (current.version() != assessment.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "changed in the meantime");
        }
        assessment.markStored(assessment.version() + 1);
        stored.put(assessment.id(), copy(assessment));
    }

    @Override
    public List<Assessment> ofOrganisation(OrganisationId organisation) {
        return stored.values().stream().filter(a -> a.organisation().equals(organisation))
                .sorted(Comparator.comparing(Assessment::createdAt).reversed()).map(InMemoryAssessmentRepository::copy)
                .toList();
    }

    @Override
    public List<Assessment> submitted(FrameworkId framework) {
        return stored.values().stream().filter(a -> a.framework().equals(framework) && a.isSubmitted())
                .map(InMemoryAssessmentRepository::copy).toList();
    }

    private static Assessment copy(Assessment a) {
        return new Assessment(a.id(), a.organisation(), a.framework(), a.title(), a.createdAt(), a.createdBy(),
                a.copiedFrom(), a.status(), a.submittedAt().orElse(null), a.submittedBy().orElse(null), a.savedAt(),
                a.savedBy(), a.answers(), a.targets(), a.version());
    }
}
