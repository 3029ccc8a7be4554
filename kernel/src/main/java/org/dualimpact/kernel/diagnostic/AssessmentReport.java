package org.dualimpact.kernel.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.dualimpact.kernel.organisation.Organisation;

/**
 * Everything the report of an assessment shows, computed: progress, the count of value codes at
 * each level overall and per section (and which codes), each section's weakest level and median,
 * every consolidated answer with its respondents' ratings and comments, the case-study flag, and the
 * targets with their gap. The JSON view and the PDF are both drawn from this.
 */
public record AssessmentReport(Assessment assessment, Framework framework, Organisation organisation, LocalDate asOf,
        Progress progress, Distribution overall, List<SectionReport> sections, CaseStudy caseStudy,
        List<TargetGap> targets, List<Respondent> respondents) {

    /** Answered (a level or unscored) out of all value codes. */
    public record Progress(int answered, int total) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.floor(100.0 * answered / total);
        }
    }

    /** One section: its distribution, weakest level and median (both absent when nothing in it is scored). */
    public record SectionReport(Section section, Distribution distribution, Optional<Integer> weakestLevel,
            Optional<BigDecimal> median, List<ConsolidatedAnswer> answers) {
    }

    /**
     * A consolidated answer at the framework's top level flags the organisation as a potential case
     * study (the top level means others could learn from it).
     */
    public record CaseStudy(boolean potential, List<String> valueCodes) {
    }

    /**
     * A target and how far the organisation is from it: {@code gap} = target level − current level
     * (absent while the value code is unscored or unanswered); met when the gap is 0 or less;
     * overdue when not met and the date has passed.
     */
    public record TargetGap(Target target, ValueCode valueCode, ConsolidatedAnswer current, Optional<Integer> gap,
            boolean met, boolean overdue) {
    }

    /** Who answered, how many value codes each has rated, and when they last saved. */
    public record Respondent(String respondent, int rated, Instant lastSaved) {
    }

    public AssessmentReport {
        sections = List.copyOf(sections);
        targets = List.copyOf(targets);
        respondents = List.copyOf(respondents);
    }

    /** Computes the report of an assessment of the framework, as of a day (for overdue targets). */
    public static AssessmentReport of(Assessment assessment, Framework framework, Organisation organisation, LocalDate asOf) {
        FrameworkDefinition definition = framework.definition();
        List<ConsolidatedAnswer> answers = ConsolidatedAnswer.all(definition, assessment.answers());
        List<SectionReport> sections = new ArrayList<>();
        for (Section section : definition.sections()) {
            List<ConsolidatedAnswer> in = answers.stream().filter(a -> a.sectionNumber() == section.number()).toList();
            sections.add(new SectionReport(section, Distribution.of(definition, in), Distribution.weakest(in),
                    Distribution.median(in.stream().filter(ConsolidatedAnswer::isScored).map(ConsolidatedAnswer::level)
                            .toList()), in));
        }
        int answered = (int) answers.stream().filter(ConsolidatedAnswer::isAnswered).count();
        List<String> top = answers.stream().filter(a -> a.isScored() && a.level() == definition.topLevel())
                .map(ConsolidatedAnswer::code).toList();
        List<TargetGap> gaps = new ArrayList<>();
        for (ConsolidatedAnswer answer : answers) {
            assessment.target(answer.code()).ifPresent(target -> {
                Optional<Integer> gap = answer.scoredLevel().map(level -> target.level() - level);
                boolean met = gap.map(g -> g <= 0).orElse(false);
                gaps.add(new TargetGap(target, answer.valueCode(), answer, gap, met, !met && target.by().isBefore(asOf)));
            });
        }
        Map<String, List<Answer>> byRespondent = new TreeMap<>();
        assessment.answers().forEach(a -> byRespondent.computeIfAbsent(a.respondent(), r -> new ArrayList<>()).add(a));
        List<Respondent> respondents = byRespondent.entrySet().stream().map(e -> new Respondent(e.getKey(),
                (int) e.getValue().stream().filter(Answer::isRated).count(),
                e.getValue().stream().map(Answer::at).max(Comparator.naturalOrder()).orElseThrow())).toList();
        return new AssessmentReport(assessment, framework, organisation, asOf, new Progress(answered, answers.size()),
                Distribution.of(definition, answers), sections, new CaseStudy(!top.isEmpty(), top), gaps, respondents);
    }

    /** Every consolidated answer, in framework order. */
    public List<ConsolidatedAnswer> answers() {
        return sections.stream().flatMap(s -> s.answers().stream()).toList();
    }

    /** Value codes where respondents differ. */
    public List<ConsolidatedAnswer> differences() {
        return answers().stream().filter(ConsolidatedAnswer::differs).toList();
    }
}
