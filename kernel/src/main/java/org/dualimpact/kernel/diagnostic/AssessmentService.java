package org.dualimpact.kernel.diagnostic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * The use cases of a self-assessment. Who: users holding the {@code buyer} role who act for a
 * registered buyer organisation; every one of them is a respondent of their organisation's
 * assessments. An organisation sees only its own assessments: any other is "not found", exactly as
 * one that does not exist. Each operation checks, in order: the caller may see the assessment (404),
 * the version they read is current (412), the state allows the change (409), the input (400).
 */
public final class AssessmentService {

    private final AssessmentRepository assessments;
    private final FrameworkRepository frameworks;
    private final OrganisationRepository organisations;
    private final ReportRenderer renderer;
    private final Clock clock;

    public AssessmentService(AssessmentRepository assessments, FrameworkRepository frameworks,
            OrganisationRepository organisations, ReportRenderer renderer, Clock clock) {
        this.assessments = Objects.requireNonNull(assessments);
        this.frameworks = Objects.requireNonNull(frameworks);
        this.organisations = Objects.requireNonNull(organisations);
        this.renderer = Objects.requireNonNull(renderer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A new assessment: of a framework, or as a copy of a submitted assessment ({@code copyOf}). */
    public record StartRequest(String framework, String title, String copyOf) {
    }

    /** One respondent's answer: a level, or unscored, or neither (a note only); and a comment. */
    public record AnswerRequest(Integer level, boolean unscored, String comment) {
    }

    // ---------------------------------------------------------------- writes

    public Assessment start(Actor actor, StartRequest request) {
        Organisation organisation = buyerOrganisation(actor);
        Instant now = clock.instant();
        Validation validation = new Validation();
        String title = request.title() == null || request.title().isBlank() ? null
                : validation.field("title", () -> Validation.requireText(request.title(), "title", Assessment.TITLE_MAX));
        boolean copy = request.copyOf() != null && !request.copyOf().isBlank();
        boolean named = request.framework() != null && !request.framework().isBlank();
        validation.require(copy || named, "framework", "name the framework to answer (or copyOf, a submitted assessment)");
        validation.throwIfInvalid("invalid-assessment", "The assessment cannot be started as given.");

        Optional<Assessment> source = Optional.empty();
        if (copy) {
            Assessment from = Optional.of(request.copyOf().strip()).filter(AssessmentId::isValid).map(AssessmentId::new)
                    .flatMap(id -> findOwn(organisation.id(), id)).orElseThrow(() -> DomainException.ruleViolated(
                    "assessment-not-found", "There is no assessment " + request.copyOf() + " of your organisation to copy."));
            if (!from.isSubmitted()) {
                throw DomainException.ruleViolated("copy-of-draft", "Assessment " + from.id()
                        + " is still a draft; only a submitted assessment is copied. Carry on answering it instead.");
            }
            if (named && !from.framework().value().equals(request.framework().strip())) {
                throw DomainException.ruleViolated("framework-mismatch", "Assessment " + from.id() + " answers framework "
                        + from.framework() + ", not " + request.framework().strip() + "; a copy keeps its framework.");
            }
            source = Optional.of(from);
        }
        String frameworkId = source.map(s -> s.framework().value()).orElseGet(() -> request.framework().strip());
        Framework framework = (FrameworkId.isValid(frameworkId) ? frameworks.find(new FrameworkId(frameworkId))
                : Optional.<Framework>empty()).orElseThrow(() -> DomainException.ruleViolated("framework-not-found",
                        "There is no framework " + frameworkId + "."));
        List<Answer> answers = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        source.ifPresent(from -> {
            from.answers().forEach(a -> answers.add(new Answer(a.valueCode(), a.respondent(), a.rating(), a.comment(), now)));
            targets.addAll(from.targets());
        });
        String finalTitle = title != null ? title : source.map(s -> "Copy of " + s.title()).map(t -> t.length()
                > Assessment.TITLE_MAX ? t.substring(0, Assessment.TITLE_MAX) : t)
                .orElse("Self-assessment " + LocalDate.now(clock));
        Assessment assessment = Assessment.start(AssessmentId.random(), organisation.id(), framework.id(), finalTitle,
                source.map(Assessment::id), answers, targets, actor.userId(), now);
        assessments.add(assessment);
        return assessment;
    }

    /** Saves the caller's answer to one value code ({@code expectedVersion} from If-Match). */
    public Assessment answer(Actor actor, AssessmentId id, long expectedVersion, String valueCode,
            AnswerRequest request) {
        Assessment assessment = visible(actor, id);
        requireVersion(assessment, expectedVersion);
        assessment.requireDraft("change an answer of");
        Framework framework = frameworkOf(assessment);
        ValueCode code = valueCode(framework, valueCode);
        FrameworkDefinition definition = framework.definition();
        Validation validation = new Validation();
        Optional<Rating> rating = Optional.empty();
        if (request.level() != null && request.unscored()) {
            validation.reject("unscored", "give a level or unscored, not both");
        } else if (request.level() != null) {
            if (definition.hasLevel(request.level())) {
                rating = Optional.of(Rating.level(request.level()));
            } else {
                validation.reject("level", "must be one of the framework's levels 1 to " + definition.topLevel());
            }
        } else if (request.unscored()) {
            rating = Optional.of(Rating.UNSCORED);
        }
        String comment = validation.field("comment", () -> Validation.optionalText(request.comment(), "comment",
                Answer.COMMENT_MAX));
        validation.throwIfInvalid("invalid-answer", "The answer to " + code.code() + " cannot be saved as given.");
        assessment.answer(new Answer(code.code(), actor.userId(), rating, comment, clock.instant()));
        assessments.update(assessment);
        return assessment;
    }

    /**
     * Submits the assessment: every value code must be answered (a level or unscored). An
     * {@code expectedVersion}, when given, must be current.
     */
    public Assessment submit(Actor actor, AssessmentId id, Optional<Long> expectedVersion) {
        Assessment assessment = visible(actor, id);
        expectedVersion.ifPresent(v -> requireVersion(assessment, v));
        assessment.requireDraft("submit");
        Framework framework = frameworkOf(assessment);
        List<FieldError> missing = ConsolidatedAnswer.all(framework.definition(), assessment.answers()).stream()
                .filter(a -> !a.isAnswered()).map(a -> new FieldError("answers." + a.code(),
                        "not answered: give a level, or mark it unscored")).toList();
        if (!missing.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATED, "assessment-incomplete", missing.size()
                    + " of " + framework.definition().valueCodeCount() + " value codes are not answered yet; every value "
                    + "code needs a level or 'unscored' before submission.", missing);
        }
        assessment.submit(actor.userId(), clock.instant());
        assessments.update(assessment);
        return assessment;
    }

    /** Sets (or replaces) the target of a value code; allowed before and after submission. */
    public Assessment setTarget(Actor actor, AssessmentId id, long expectedVersion, String valueCode, Integer level,
            LocalDate by) {
        Assessment assessment = visible(actor, id);
        requireVersion(assessment, expectedVersion);
        Framework framework = frameworkOf(assessment);
        ValueCode code = valueCode(framework, valueCode);
        Validation validation = new Validation();
        validation.require(level != null && framework.definition().hasLevel(level), "level",
                "must be one of the framework's levels 1 to " + framework.definition().topLevel());
        validation.require(by != null, "date", "the date to reach the target by is required");
        validation.require(by == null || !by.isBefore(LocalDate.now(clock)), "date", "must be today or later");
        validation.require(by == null || !by.isAfter(Validation.LATEST), "date",
                "must be no later than " + Validation.LATEST);
        validation.throwIfInvalid("invalid-target", "The target for " + code.code() + " cannot be set as given.");
        Instant now = clock.instant();
        assessment.setTarget(new Target(code.code(), level, by, actor.userId(), now));
        assessments.update(assessment);
        return assessment;
    }

    public Assessment removeTarget(Actor actor, AssessmentId id, long expectedVersion, String valueCode) {
        Assessment assessment = visible(actor, id);
        requireVersion(assessment, expectedVersion);
        ValueCode code = valueCode(frameworkOf(assessment), valueCode);
        if (!assessment.removeTarget(code.code(), actor.userId(), clock.instant())) {
            throw DomainException.notFound("target-not-found", "Value code " + code.code() + " has no target in assessment "
                    + assessment.id() + ".");
        }
        assessments.update(assessment);
        return assessment;
    }

    // ---------------------------------------------------------------- reads

    public Assessment get(Actor actor, AssessmentId id) {
        return visible(actor, id);
    }

    /** The caller's organisation's assessments, newest first. */
    public List<Assessment> mine(Actor actor) {
        Organisation organisation = buyerOrganisation(actor);
        return assessments.ofOrganisation(organisation.id());
    }

    public Framework frameworkOf(Assessment assessment) {
        return frameworks.find(assessment.framework()).orElseThrow(() -> new IllegalStateException(
                "assessment " + assessment.id() + " refers to a missing framework " + assessment.framework()));
    }

    public AssessmentReport report(Actor actor, AssessmentId id) {
        Assessment assessment = visible(actor, id);
        Organisation organisation = organisations.find(assessment.organisation()).orElseThrow();
        return AssessmentReport.of(assessment, frameworkOf(assessment), organisation, LocalDate.now(clock));
    }

    /** The report as a document (PDF). */
    public byte[] reportDocument(Actor actor, AssessmentId id) {
        return renderer.render(report(actor, id));
    }

    public String reportMediaType() {
        return renderer.mediaType();
    }

    // ---------------------------------------------------------------- helpers

    private Assessment visible(Actor actor, AssessmentId id) {
        Organisation organisation = buyerOrganisation(actor);
        return findOwn(organisation.id(), id).orElseThrow(() -> AssessmentId.notFound(id));
    }

    private Optional<Assessment> findOwn(OrganisationId organisation, AssessmentId id) {
        return assessments.find(id).filter(a -> a.organisation().equals(organisation));
    }

    private static void requireVersion(Assessment assessment, long expected) {
        if (assessment.version() != expected) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "Assessment " + assessment.id()
                    + " has changed since you read it (version " + assessment.version() + ", you sent " + expected
                    + "). Read it again and reapply your change.");
        }
    }

    private static ValueCode valueCode(Framework framework, String code) {
        return framework.definition().valueCode(code).orElseThrow(() -> DomainException.notFound("value-code-not-found",
                "Framework " + framework.title() + " has no value code " + code + "."));
    }

    private Organisation buyerOrganisation(Actor actor) {
        return BuyerAccess.organisationOf(actor, organisations);
    }
}
