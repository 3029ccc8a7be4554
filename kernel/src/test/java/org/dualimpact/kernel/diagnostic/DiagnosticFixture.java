package org.dualimpact.kernel.diagnostic;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.organisation.OrganisationService.Registration;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.TerritoryService;
import org.dualimpact.kernel.testing.InMemoryOrganisationRepository;
import org.dualimpact.kernel.testing.InMemoryTerritoryRepository;
import org.dualimpact.kernel.testing.MutableClock;
import org.dualimpact.kernel.testing.TestReferenceData;

/**
 * The diagnostic's services over in-memory fakes, with the sample reference data ({@link TestReferenceData})
 * and a hand-moved clock.
 */
final class DiagnosticFixture {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String THAMES_VALLEY = "E23000029";
    static final String HAMPSHIRE = "E23000030";
    static final String METROPOLITAN = "E23000001";
    static final String SOUTH_EAST = "E12000008";
    static final String BUYER_ID = "GB-PFA-E23000029";
    static final String OTHER_BUYER_ID = "GB-PFA-E23000001";
    static final String SUPPLIER_ID = "GB-COH-09000001";

    static final Actor ADMIN = new Actor("ada", Optional.empty(), Set.of(Role.ADMIN));
    static final Actor TESS = user("tess", BUYER_ID, Role.BUYER);
    static final Actor TOM = user("tom", BUYER_ID, Role.BUYER);
    static final Actor OTHER = user("bob", OTHER_BUYER_ID, Role.BUYER);
    static final Actor SUPPLIER = user("sam", SUPPLIER_ID, Role.SUPPLIER);

    final MutableClock clock = new MutableClock(START);
    final InMemoryTerritoryRepository territoryRepository = new InMemoryTerritoryRepository();
    final InMemoryOrganisationRepository organisationRepository = new InMemoryOrganisationRepository();
    final InMemoryFrameworkRepository frameworkRepository = new InMemoryFrameworkRepository();
    final InMemoryAssessmentRepository assessmentRepository = new InMemoryAssessmentRepository();
    final OrganisationService organisations = new OrganisationService(organisationRepository, territoryRepository);
    final FrameworkService frameworks = new FrameworkService(frameworkRepository, clock);
    final AssessmentService assessments = new AssessmentService(assessmentRepository, frameworkRepository,
            organisationRepository, new FakeReportRenderer(), clock);

    DiagnosticFixture() {
        new TerritoryService(territoryRepository).loadReferenceData(TestReferenceData.sample());
        register(BUYER_ID, OrganisationKind.BUYER, THAMES_VALLEY);
        register(OTHER_BUYER_ID, OrganisationKind.BUYER, METROPOLITAN);
        register(SUPPLIER_ID, OrganisationKind.SUPPLIER, THAMES_VALLEY);
    }

    static Actor user(String userId, String organisation, Role role) {
        return new Actor(userId, Optional.of(organisation), EnumSet.of(role));
    }

    void register(String id, OrganisationKind kind, String territory) {
        organisations.register(ADMIN, new Registration(id, kind, "Organisation " + id, Set.of(territory)));
    }

    BenchmarkService benchmarks(int minimumGroupSize) {
        return new BenchmarkService(assessmentRepository, frameworkRepository, organisationRepository, territoryRepository,
                minimumGroupSize);
    }

    /** The small framework of {@link Frameworks#small}: A1, A2 in section Alpha; B1 in Beta. */
    Framework small() {
        return frameworks.importFramework(ADMIN, Frameworks.small("Small", "1"));
    }

    Framework nps2018() {
        return frameworks.importFramework(ADMIN, Frameworks.nps2018Shape());
    }

    Assessment start(Actor actor, Framework framework) {
        return assessments.start(actor, new AssessmentService.StartRequest(framework.id().value(), null, null));
    }

    /** Saves an answer with the assessment's current version, as a client that has just read it. */
    Assessment answer(Actor actor, Assessment assessment, String code, Integer level, String comment) {
        long version = assessments.get(actor, assessment.id()).version();
        return assessments.answer(actor, assessment.id(), version, code,
                new AssessmentService.AnswerRequest(level, false, comment));
    }

    Assessment unscored(Actor actor, Assessment assessment, String code) {
        long version = assessments.get(actor, assessment.id()).version();
        return assessments.answer(actor, assessment.id(), version, code,
                new AssessmentService.AnswerRequest(null, true, ""));
    }

    Assessment submit(Actor actor, Assessment assessment) {
        return assessments.submit(actor, assessment.id(), Optional.empty());
    }
}
