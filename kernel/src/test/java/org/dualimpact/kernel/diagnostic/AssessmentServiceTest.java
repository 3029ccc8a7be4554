package org.dualimpact.kernel.diagnostic;

import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.ADMIN;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.OTHER;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.SUPPLIER;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.TESS;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.TOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.diagnostic.ConsolidatedAnswer.Outcome;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.junit.jupiter.api.Test;

class AssessmentServiceTest {

    private final DiagnosticFixture fx = new DiagnosticFixture();

    private static ConsolidatedAnswer consolidated(AssessmentReport report, String code) {
        return report.answers().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theOrganisationsAnswerIsTheWeakestLevelNotTheAverage() {
        Framework framework = fx.small();
        Assessment assessment = fx.start(TESS, framework);
        fx.answer(TESS, assessment, "A1", 4, "we do this well");
        fx.answer(TOM, assessment, "A1", 2, "not in every department");
        fx.answer(TESS, assessment, "A2", 3, "");
        fx.answer(TOM, assessment, "A2", 3, "");
        fx.answer(TESS, assessment, "B1", 5, "");
        fx.answer(TOM, assessment, "B1", 1, "");
        fx.answer(TESS, assessment, "B1", 4, "changed my mind"); // replaces Tess's own answer only

        AssessmentReport report = fx.assessments.report(TESS, assessment.id());

        ConsolidatedAnswer a1 = consolidated(report, "A1");
        assertEquals(Outcome.LEVEL, a1.outcome());
        assertEquals(2, a1.level(), "weakest of 4 and 2 (an average would be 3)");
        assertTrue(a1.differs());
        assertEquals(2, a1.comments().size());
        ConsolidatedAnswer a2 = consolidated(report, "A2");
        assertEquals(3, a2.level());
        assertFalse(a2.differs());
        ConsolidatedAnswer b1 = consolidated(report, "B1");
        assertEquals(1, b1.level(), "weakest of 4 and 1");
        assertEquals(2, b1.responses().size());
        assertEquals(List.of("A1", "B1"), report.differences().stream().map(ConsolidatedAnswer::code).toList());
        assertEquals(List.of("tess", "tom"), report.respondents().stream().map(AssessmentReport.Respondent::respondent).toList());
    }

    @Test
    void unscoredAbstainsCountsAsAnsweredAndIsCountedApart() {
        Framework framework = fx.small();
        Assessment assessment = fx.start(TESS, framework);
        fx.unscored(TESS, assessment, "A1");
        fx.answer(TOM, assessment, "A1", 3, "");       // a level and an abstention: the level stands
        fx.unscored(TESS, assessment, "A2");
        fx.unscored(TOM, assessment, "A2");            // everyone abstains: unscored
        fx.answer(TESS, assessment, "B1", null, "a note, no rating yet");

        AssessmentReport report = fx.assessments.report(TESS, assessment.id());

        ConsolidatedAnswer a1 = consolidated(report, "A1");
        assertEquals(Outcome.LEVEL, a1.outcome());
        assertEquals(3, a1.level());
        assertTrue(a1.differs(), "unscored against a level is a difference");
        assertEquals(Outcome.UNSCORED, consolidated(report, "A2").outcome());
        assertFalse(consolidated(report, "A2").differs());
        assertEquals(Outcome.NOT_ANSWERED, consolidated(report, "B1").outcome(), "a comment alone is not an answer");
        assertEquals(new AssessmentReport.Progress(2, 3), report.progress());
        assertEquals(List.of("A2"), report.overall().unscored().valueCodes());
        assertEquals(List.of("B1"), report.overall().notAnswered().valueCodes());
        assertEquals(1, report.overall().count(3));
        assertEquals(Optional.of(3), report.sections().get(0).weakestLevel(), "unscored codes do not lower a section");
        assertEquals(Optional.empty(), report.sections().get(1).weakestLevel());

        DomainException incomplete = assertThrows(DomainException.class, () -> fx.submit(TESS, assessment));
        assertEquals(DomainException.Kind.RULE_VIOLATED, incomplete.kind());
        assertEquals("assessment-incomplete", incomplete.code());
        assertEquals(List.of(new FieldError("answers.B1", "not answered: give a level, or mark it unscored")),
                incomplete.fieldErrors());

        fx.unscored(TOM, assessment, "B1");
        assertEquals(AssessmentStatus.SUBMITTED, fx.submit(TESS, assessment).status());
    }

    @Test
    void levelAndUnscoredTogetherOrALevelOutsideTheFrameworkAreRefused() {
        Framework framework = fx.small();
        Assessment assessment = fx.start(TESS, framework);
        AssessmentId id = assessment.id();

        DomainException both = assertThrows(DomainException.class, () -> fx.assessments.answer(TESS, id, 0, "A1",
                new AssessmentService.AnswerRequest(2, true, "")));
        assertEquals("invalid-answer", both.code());
        assertEquals("unscored", both.fieldErrors().get(0).field());
        DomainException six = assertThrows(DomainException.class, () -> fx.answer(TESS, assessment, "A1", 6, ""));
        assertEquals("level", six.fieldErrors().get(0).field());
        DomainException unknown = assertThrows(DomainException.class, () -> fx.answer(TESS, assessment, "Z9", 1, ""));
        assertEquals("value-code-not-found", unknown.code());
        assertEquals(DomainException.Kind.NOT_FOUND, unknown.kind());
    }

    @Test
    void distributionCountsPerLevelOverallAndPerSectionWithWeakestAndMedian() {
        Framework framework = fx.nps2018();
        Assessment assessment = fx.start(TESS, framework);
        // level = (position in framework mod 5) + 1, except the last value code, unscored
        List<ValueCode> codes = framework.definition().valueCodes();
        for (int i = 0; i < codes.size() - 1; i++) {
            fx.answer(TESS, assessment, codes.get(i).code(), i % 5 + 1, "");
        }
        fx.unscored(TESS, assessment, codes.get(58).code());

        AssessmentReport report = fx.assessments.report(TESS, assessment.id());

        // 58 scored codes cycle 1..5: 12 each at levels 1 to 3, 11 each at 4 and 5; one unscored
        assertEquals(List.of(12, 12, 12, 11, 11), report.overall().levels().stream().map(Distribution.Bucket::count).toList());
        assertEquals(1, report.overall().unscored().count());
        assertEquals(0, report.overall().notAnswered().count());
        assertEquals(59, report.overall().total());
        assertEquals(new AssessmentReport.Progress(59, 59), report.progress());
        assertEquals(List.of("1.1", "2.3", "4.1", "5.3", "6.2", "7.1", "8.1", "8.6", "9.1", "9.6", "10.4", "11.1"),
                report.overall().levels().get(0).valueCodes());
        // section 1 (codes 0..2): levels 1, 2, 3 → weakest 1, median 2
        AssessmentReport.SectionReport s1 = report.sections().get(0);
        assertEquals(List.of(1, 1, 1, 0, 0), s1.distribution().levels().stream().map(Distribution.Bucket::count).toList());
        assertEquals(Optional.of(1), s1.weakestLevel());
        assertEquals(Optional.of(new BigDecimal("2")), s1.median());
        // section 2 (codes 3..6): levels 4, 5, 1, 2 → weakest 1, median (2+4)/2 = 3
        AssessmentReport.SectionReport s2 = report.sections().get(1);
        assertEquals(Optional.of(1), s2.weakestLevel());
        assertEquals(Optional.of(new BigDecimal("3")), s2.median());
        // section 3 (codes 7..9): levels 3, 4, 5 → weakest 3, median 4
        assertEquals(Optional.of(3), report.sections().get(2).weakestLevel());
        assertEquals(Optional.of(new BigDecimal("4")), report.sections().get(2).median());
        // section 5 (codes 13..18): levels 4, 5, 1, 2, 3, 4 → median (3+4)/2 = 3.5
        assertEquals(Optional.of(new BigDecimal("3.5")), report.sections().get(4).median());
        // section 11 (codes 55..58): levels 1, 2, 3 and unscored → median 2, unscored counted apart
        AssessmentReport.SectionReport s11 = report.sections().get(10);
        assertEquals(List.of(1, 1, 1, 0, 0), s11.distribution().levels().stream().map(Distribution.Bucket::count).toList());
        assertEquals(1, s11.distribution().unscored().count());
        assertEquals(Optional.of(new BigDecimal("2")), s11.median());
        assertTrue(report.caseStudy().potential(), "level 5 answers flag a potential case study");
        assertEquals(11, report.caseStudy().valueCodes().size());
    }

    @Test
    void anEvenNumberOfLevelsHasAHalfwayMedian() {
        assertEquals(Optional.of(new BigDecimal("2.5")), Distribution.median(List.of(4, 1, 2, 3)));
        assertEquals(Optional.of(new BigDecimal("1")), Distribution.median(List.of(1)));
        assertEquals(Optional.empty(), Distribution.median(List.of()));
    }

    @Test
    void aStaleVersionIsRefusedAndASubmittedAssessmentIsFrozen() {
        Framework framework = fx.small();
        Assessment assessment = fx.start(TESS, framework);
        AssessmentId id = assessment.id();
        Assessment v1 = fx.assessments.answer(TESS, id, 0, "A1", new AssessmentService.AnswerRequest(2, false, ""));
        assertEquals(1, v1.version());

        DomainException stale = assertThrows(DomainException.class, () -> fx.assessments.answer(TOM, id, 0, "A1",
                new AssessmentService.AnswerRequest(3, false, "")));
        assertEquals(DomainException.Kind.STALE, stale.kind());

        fx.answer(TESS, assessment, "A2", 2, "");
        fx.answer(TESS, assessment, "B1", 2, "");
        Assessment submitted = fx.submit(TESS, assessment);
        DomainException frozen = assertThrows(DomainException.class, () -> fx.assessments.answer(TESS, id,
                submitted.version(), "A1", new AssessmentService.AnswerRequest(5, false, "")));
        assertEquals(DomainException.Kind.CONFLICT, frozen.kind());
        assertEquals("assessment-submitted", frozen.code());
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class, () -> fx.submit(TESS, assessment)).kind());
    }

    @Test
    void anotherOrganisationSeesNothingAndNonBuyersAreRefused() {
        Framework framework = fx.small();
        Assessment assessment = fx.start(TESS, framework);
        AssessmentId id = assessment.id();

        DomainException hidden = assertThrows(DomainException.class, () -> fx.assessments.get(OTHER, id));
        assertEquals(DomainException.Kind.NOT_FOUND, hidden.kind());
        assertEquals("assessment-not-found", hidden.code());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> fx.assessments.report(OTHER, id)).kind());
        assertTrue(fx.assessments.mine(OTHER).isEmpty());
        assertEquals(1, fx.assessments.mine(TOM).size(), "every user of the organisation sees its assessments");
        assertEquals(DomainException.Kind.NOT_PERMITTED, assertThrows(DomainException.class, () -> fx.start(SUPPLIER,
                framework)).kind());
        assertEquals(DomainException.Kind.NOT_PERMITTED, assertThrows(DomainException.class, () -> fx.start(ADMIN,
                framework)).kind());
    }

    @Test
    void aNewAssessmentStartsAsACopyOfASubmittedOne() {
        Framework framework = fx.small();
        Assessment first = fx.start(TESS, framework);
        fx.answer(TESS, first, "A1", 2, "first year");
        fx.answer(TOM, first, "A1", 3, "");
        fx.answer(TESS, first, "A2", 3, "");
        fx.unscored(TESS, first, "B1");
        DomainException draft = assertThrows(DomainException.class, () -> fx.assessments.start(TESS,
                new AssessmentService.StartRequest(null, null, first.id().value())));
        assertEquals("copy-of-draft", draft.code());
        fx.submit(TESS, first);

        Assessment copy = fx.assessments.start(TOM, new AssessmentService.StartRequest(null, null, first.id().value()));

        assertEquals(AssessmentStatus.DRAFT, copy.status());
        assertEquals(Optional.of(first.id()), copy.copiedFrom());
        assertEquals(framework.id(), copy.framework());
        assertEquals(4, copy.answers().size());
        assertEquals(2, fx.assessments.report(TOM, copy.id()).answers().get(0).level());
        fx.answer(TESS, copy, "A1", 4, "improved");
        assertEquals(2, fx.assessments.report(TESS, first.id()).answers().get(0).level(), "the original is untouched");
        assertEquals("assessment-not-found", assertThrows(DomainException.class, () -> fx.assessments.start(OTHER,
                new AssessmentService.StartRequest(null, null, first.id().value()))).code());
    }

    @Test
    void targetsShowTheirGap() {
        Framework framework = fx.small();
        Assessment assessment = fx.start(TESS, framework);
        AssessmentId id = assessment.id();
        fx.answer(TESS, assessment, "A1", 2, "");
        fx.answer(TESS, assessment, "A2", 4, "");
        LocalDate nextYear = fx.clock.today().plusYears(1);
        long version = fx.assessments.get(TESS, id).version();
        version = fx.assessments.setTarget(TESS, id, version, "A1", 4, nextYear).version();
        version = fx.assessments.setTarget(TESS, id, version, "A2", 3, nextYear).version();
        version = fx.assessments.setTarget(TESS, id, version, "B1", 3, fx.clock.today()).version();
        assertEquals("invalid-target", assertThrows(DomainException.class, () -> fx.assessments.setTarget(TESS, id,
                fx.assessments.get(TESS, id).version(), "A1", 6, fx.clock.today().minusDays(1))).code());

        fx.clock.moveTo(fx.clock.today().plusDays(2));
        AssessmentReport report = fx.assessments.report(TESS, id);

        assertEquals(3, report.targets().size());
        AssessmentReport.TargetGap a1 = report.targets().get(0);
        assertEquals(Optional.of(2), a1.gap());
        assertFalse(a1.met());
        assertFalse(a1.overdue());
        AssessmentReport.TargetGap a2 = report.targets().get(1);
        assertEquals(Optional.of(-1), a2.gap());
        assertTrue(a2.met());
        AssessmentReport.TargetGap b1 = report.targets().get(2);
        assertEquals(Optional.empty(), b1.gap(), "no gap while the value code is not scored");
        assertTrue(b1.overdue());

        fx.assessments.removeTarget(TESS, id, version, "B1");
        assertEquals(2, fx.assessments.report(TESS, id).targets().size());
    }

    @Test
    void theReportDocumentComesFromTheRenderer() {
        Framework framework = fx.small();
        Assessment assessment = fx.start(TESS, framework);
        fx.answer(TESS, assessment, "A1", 1, "");

        String text = new String(fx.assessments.reportDocument(TESS, assessment.id()));

        assertEquals("report " + assessment.id() + " 1 Minimum=1 2 Developing=0 3 Mature=0 4 Leader=0 5 Innovator=0", text);
    }
}
