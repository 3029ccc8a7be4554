package org.dualimpact.kernel.diagnostic;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Validation;

/**
 * An organisation's response to one framework version.
 *
 * <p>Rules:
 * <ul>
 * <li>While {@code DRAFT}, each respondent (a user of the organisation) keeps one answer per value
 *     code and replaces it as often as they like; answers of different respondents never overwrite
 *     each other. Saving an empty answer (no rating, no comment) withdraws the respondent's answer.</li>
 * <li>Submission freezes the answers ({@code SUBMITTED}); any later change of an answer is a
 *     conflict. A new assessment can start as a copy of a submitted one.</li>
 * <li>Targets (a level and a date per value code) can be set, changed and removed in either state:
 *     they are the improvement plan that follows the diagnostic.</li>
 * <li>Every stored change increments {@link #version()}; writers name the version they read
 *     (optimistic locking).</li>
 * </ul>
 * Who may act is {@link AssessmentService}'s concern; this class guards state.
 */
public final class Assessment {

    public static final int TITLE_MAX = 200;

    private final AssessmentId id;
    private final OrganisationId organisation;
    private final FrameworkId framework;
    private final String title;
    private final Instant createdAt;
    private final String createdBy;
    private final Optional<AssessmentId> copiedFrom;
    private AssessmentStatus status;
    private Instant submittedAt;
    private String submittedBy;
    private Instant savedAt;
    private String savedBy;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, Target> targets = new TreeMap<>();
    private long version;

    /** Rebuilds an assessment from storage (or creates one, through {@link #start}). */
    public Assessment(AssessmentId id, OrganisationId organisation, FrameworkId framework, String title, Instant createdAt,
            String createdBy, Optional<AssessmentId> copiedFrom, AssessmentStatus status, Instant submittedAt,
            String submittedBy, Instant savedAt, String savedBy, Collection<Answer> answers, Collection<Target> targets,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.framework = Objects.requireNonNull(framework, "framework");
        this.title = Validation.requireText(title, "title", TITLE_MAX);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.copiedFrom = Objects.requireNonNull(copiedFrom, "copiedFrom");
        this.status = Objects.requireNonNull(status, "status");
        if (status == AssessmentStatus.SUBMITTED && (submittedAt == null || submittedBy == null)) {
            throw new IllegalArgumentException("a submitted assessment records when and by whom");
        }
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
        this.savedBy = Objects.requireNonNull(savedBy, "savedBy");
        answers.stream().sorted(Comparator.comparing(Answer::valueCode).thenComparing(Answer::respondent))
                .forEach(a -> this.answers.put(key(a.valueCode(), a.respondent()), a));
        targets.forEach(t -> this.targets.put(t.valueCode(), t));
        this.version = version;
    }

    /** A new draft; a copy brings the answers and targets of the assessment it copies. */
    public static Assessment start(AssessmentId id, OrganisationId organisation, FrameworkId framework, String title,
            Optional<AssessmentId> copiedFrom, Collection<Answer> answers, Collection<Target> targets, String by,
            Instant at) {
        return new Assessment(id, organisation, framework, title, at, by, copiedFrom, AssessmentStatus.DRAFT, null, null,
                at, by, answers, targets, 0);
    }

    /** Saves (or, when it has neither rating nor comment, withdraws) one respondent's answer. */
    public void answer(Answer answer) {
        requireDraft("change an answer of");
        String key = key(answer.valueCode(), answer.respondent());
        if (answer.rating().isEmpty() && answer.comment().isEmpty()) {
            answers.remove(key);
        } else {
            answers.put(key, answer);
        }
        saved(answer.respondent(), answer.at());
    }

    /** Freezes the answers. Completeness is checked by the service, which knows the framework. */
    public void submit(String by, Instant at) {
        requireDraft("submit");
        status = AssessmentStatus.SUBMITTED;
        submittedAt = Objects.requireNonNull(at);
        submittedBy = Objects.requireNonNull(by);
        saved(by, at);
    }

    public void setTarget(Target target) {
        targets.put(target.valueCode(), target);
        saved(target.setBy(), target.setAt());
    }

    /** @return whether there was a target to remove */
    public boolean removeTarget(String valueCode, String by, Instant at) {
        boolean removed = targets.remove(valueCode) != null;
        if (removed) {
            saved(by, at);
        }
        return removed;
    }

    /** Refuses a change of answers unless the assessment is still a draft. */
    public void requireDraft(String action) {
        if (status != AssessmentStatus.DRAFT) {
            throw DomainException.conflict("assessment-submitted", "Assessment " + id + " was submitted on "
                    + submittedAt + " and its answers are frozen; you cannot " + action
                    + " it. Start a new assessment as a copy of it instead.");
        }
    }

    /** Called by the repository once the new state is stored. */
    public void markStored(long storedVersion) {
        this.version = storedVersion;
    }

    private void saved(String by, Instant at) {
        savedBy = by;
        savedAt = at;
    }

    private static String key(String valueCode, String respondent) {
        return valueCode + "\n" + respondent;
    }

    // ---------------------------------------------------------------- reads

    public AssessmentId id() {
        return id;
    }

    public OrganisationId organisation() {
        return organisation;
    }

    public FrameworkId framework() {
        return framework;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<AssessmentId> copiedFrom() {
        return copiedFrom;
    }

    public AssessmentStatus status() {
        return status;
    }

    public boolean isSubmitted() {
        return status == AssessmentStatus.SUBMITTED;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    /** When and by whom the assessment was last changed (an answer, a target, the submission). */
    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    /** Every respondent's answers, by value code then respondent. */
    public List<Answer> answers() {
        return answers.values().stream()
                .sorted(Comparator.comparing(Answer::valueCode).thenComparing(Answer::respondent)).toList();
    }

    public List<Answer> answersTo(String valueCode) {
        return answers().stream().filter(a -> a.valueCode().equals(valueCode)).toList();
    }

    public List<Target> targets() {
        return List.copyOf(targets.values());
    }

    public Optional<Target> target(String valueCode) {
        return Optional.ofNullable(targets.get(valueCode));
    }

    public long version() {
        return version;
    }
}
