package org.dualimpact.persistence.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.diagnostic.Answer;
import org.dualimpact.kernel.diagnostic.Assessment;
import org.dualimpact.kernel.diagnostic.AssessmentId;
import org.dualimpact.kernel.diagnostic.AssessmentRepository;
import org.dualimpact.kernel.diagnostic.AssessmentStatus;
import org.dualimpact.kernel.diagnostic.FrameworkId;
import org.dualimpact.kernel.diagnostic.Target;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;

/**
 * Assessments in {@code ASSESSMENT}, {@code ASSESSMENT_ANSWER} and {@code ASSESSMENT_TARGET}, with
 * optimistic locking on {@code ASSESSMENT.VERSION}: an update from a stale copy is refused as STALE,
 * whether the copy was stale when read (If-Match) or another transaction committed in between (the
 * version check at flush). An update writes only the answer and target rows that changed.
 */
@ApplicationScoped
@Transactional
public class JpaAssessmentRepository implements AssessmentRepository {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Override
    public Optional<Assessment> find(AssessmentId id) {
        return Optional.ofNullable(em.find(AssessmentEntity.class, id.value())).map(this::toDomain);
    }

    @Override
    public void add(Assessment assessment) {
        AssessmentEntity entity = new AssessmentEntity(assessment);
        em.persist(entity);
        em.flush(); // the row first: the child rows reference it and JPA knows no relationship to order by
        assessment.answers().forEach(a -> em.persist(new AssessmentAnswerEntity(entity.id, a)));
        assessment.targets().forEach(t -> em.persist(new AssessmentTargetEntity(entity.id, t)));
        em.flush();
        assessment.markStored(entity.version);
    }

    @Override
    public void update(Assessment assessment) {
        AssessmentEntity stored = em.find(AssessmentEntity.class, assessment.id().value());
        if (stored == null) {
            throw new IllegalStateException("no stored assessment " + assessment.id());
        }
        if (stored.version != assessment.version()) {
            throw stale(assessment);
        }
        // child rows first: their queries may flush, and the version check belongs to the final flush
        syncAnswers(stored.id, assessment.answers());
        syncTargets(stored.id, assessment.targets());
        stored.copyState(assessment);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(assessment);
        }
        assessment.markStored(stored.version);
    }

    private void syncAnswers(String id, List<Answer> answers) {
        Map<AssessmentAnswerEntity.Key, AssessmentAnswerEntity> rows = answerRows(List.of(id)).stream()
                .collect(Collectors.toMap(AssessmentAnswerEntity::key, Function.identity()));
        for (Answer answer : answers) {
            AssessmentAnswerEntity row = rows.remove(new AssessmentAnswerEntity.Key(id, answer.valueCode(),
                    answer.respondent()));
            if (row == null) {
                em.persist(new AssessmentAnswerEntity(id, answer));
            } else {
                row.copy(answer);
            }
        }
        rows.values().forEach(em::remove);
    }

    private void syncTargets(String id, List<Target> targets) {
        Map<AssessmentTargetEntity.Key, AssessmentTargetEntity> rows = targetRows(List.of(id)).stream()
                .collect(Collectors.toMap(AssessmentTargetEntity::key, Function.identity()));
        for (Target target : targets) {
            AssessmentTargetEntity row = rows.remove(new AssessmentTargetEntity.Key(id, target.valueCode()));
            if (row == null) {
                em.persist(new AssessmentTargetEntity(id, target));
            } else {
                row.copy(target);
            }
        }
        rows.values().forEach(em::remove);
    }

    @Override
    public List<Assessment> ofOrganisation(OrganisationId organisation) {
        return toDomain(em.createQuery("select a from AssessmentEntity a where a.organisation = :org "
                + "order by a.createdAt desc, a.id", AssessmentEntity.class)
                .setParameter("org", organisation.value()).getResultList());
    }

    @Override
    public List<Assessment> submitted(FrameworkId framework) {
        return toDomain(em.createQuery("select a from AssessmentEntity a where a.framework = :framework "
                + "and a.status = :status order by a.submittedAt, a.id", AssessmentEntity.class)
                .setParameter("framework", framework.value()).setParameter("status", AssessmentStatus.SUBMITTED.name())
                .getResultList());
    }

    private Assessment toDomain(AssessmentEntity entity) {
        return toDomain(List.of(entity)).get(0);
    }

    /** Rebuilds assessments with their answers and targets, reading the child rows in one query each. */
    private List<Assessment> toDomain(List<AssessmentEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<String> ids = entities.stream().map(e -> e.id).toList();
        Map<String, List<Answer>> answers = new HashMap<>();
        answerRows(ids).forEach(r -> answers.computeIfAbsent(r.assessment, k -> new ArrayList<>()).add(r.toDomain()));
        Map<String, List<Target>> targets = new HashMap<>();
        targetRows(ids).forEach(r -> targets.computeIfAbsent(r.assessment, k -> new ArrayList<>()).add(r.toDomain()));
        return entities.stream().map(e -> e.toDomain(answers.getOrDefault(e.id, List.of()),
                targets.getOrDefault(e.id, List.of()))).toList();
    }

    private List<AssessmentAnswerEntity> answerRows(List<String> ids) {
        List<AssessmentAnswerEntity> rows = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            rows.addAll(em.createQuery("select r from AssessmentAnswerEntity r where r.assessment in :ids",
                    AssessmentAnswerEntity.class).setParameter("ids", chunk).getResultList());
        }
        return rows;
    }

    private List<AssessmentTargetEntity> targetRows(List<String> ids) {
        List<AssessmentTargetEntity> rows = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            rows.addAll(em.createQuery("select r from AssessmentTargetEntity r where r.assessment in :ids",
                    AssessmentTargetEntity.class).setParameter("ids", chunk).getResultList());
        }
        return rows;
    }

    /** IN lists of at most 500 identifiers, well inside what both databases accept. */
    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    private static DomainException stale(Assessment assessment) {
        return new DomainException(DomainException.Kind.STALE, "stale-version", "Assessment " + assessment.id()
                + " was changed by someone else in the meantime. Read it again and reapply your change.");
    }
}
