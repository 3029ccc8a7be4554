package org.dualimpact.web.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.dualimpact.kernel.diagnostic.Answer;
import org.dualimpact.kernel.diagnostic.Assessment;
import org.dualimpact.kernel.diagnostic.AssessmentId;
import org.dualimpact.kernel.diagnostic.AssessmentReport;
import org.dualimpact.kernel.diagnostic.AssessmentStatus;
import org.dualimpact.kernel.diagnostic.Benchmark;
import org.dualimpact.kernel.diagnostic.ConsolidatedAnswer;
import org.dualimpact.kernel.diagnostic.Distribution;
import org.dualimpact.kernel.diagnostic.Framework;
import org.dualimpact.kernel.diagnostic.FrameworkDefinition;
import org.dualimpact.kernel.diagnostic.Level;
import org.dualimpact.kernel.diagnostic.Section;
import org.dualimpact.kernel.diagnostic.Target;
import org.dualimpact.kernel.diagnostic.ValueCode;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The JSON shapes of the diagnostic API: requests (validated at the boundary) and views. */
public final class DiagnosticViews {

    private DiagnosticViews() {
    }

    // ---------------------------------------------------------------- requests

    /** A new assessment: of a framework, or a copy of a submitted assessment (then framework may be left out). */
    public record StartRequest(@Size(max = 60) String framework, @Size(max = 200) String title,
            @Size(max = 60) String copyOf) {
    }

    /**
     * One respondent's answer to a value code: {@code level} (1 … the framework's top level), or
     * {@code unscored: true}, or neither (a note only; with an empty comment too it withdraws the answer).
     */
    public record AnswerRequest(
            @Schema(type = SchemaType.INTEGER, format = "int32", description = "A level of the framework, a whole number") JsonValue level,
            @Schema(type = SchemaType.BOOLEAN, description = "true: the value code is answered as unscored") JsonValue unscored,
            @Size(max = 4000) String comment) {

        /**
         * The level, strictly typed: a whole JSON number (no string, no fraction — JSON-B would coerce
         * "3" and truncate 3.5 silently), or absent/null.
         */
        Integer levelValue() {
            if (level == null || level.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (level instanceof JsonNumber number) {
                BigDecimal value = number.bigDecimalValue();
                if (value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
                    return value.intValueExact();
                }
            }
            throw invalid("level", "must be a whole number, e.g. 3");
        }

        /** Strictly {@code true} or {@code false} (or absent): "yes" or 1 is refused, not read as false. */
        boolean unscoredValue() {
            if (unscored == null || unscored.getValueType() == JsonValue.ValueType.NULL) {
                return false;
            }
            if (unscored.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            }
            if (unscored.getValueType() == JsonValue.ValueType.FALSE) {
                return false;
            }
            throw invalid("unscored", "must be true or false");
        }

        private static DomainException invalid(String field, String message) {
            return new DomainException(
                    DomainException.Kind.INVALID_INPUT, "invalid-answer",
                    "The answer cannot be saved as given.", List.of(
                            new FieldError(field, message)));
        }
    }

    /** A target: the level to reach and the date to reach it by. */
    public record TargetRequest(@NotNull Integer level, @NotNull LocalDate date) {
    }

    // ---------------------------------------------------------------- frameworks

    public record LevelJson(int level, String name) {
        static List<LevelJson> of(FrameworkDefinition definition) {
            return definition.levels().stream().map(l -> new LevelJson(l.number(), l.name())).toList();
        }
    }

    public record DescriptorJson(int level, String descriptor) {
    }

    public record ValueCodeJson(String code, String name, String description, List<DescriptorJson> levels) {
        static ValueCodeJson of(ValueCode v) {
            List<DescriptorJson> levels = new ArrayList<>();
            for (int level = 1; level <= v.descriptors().size(); level++) {
                levels.add(new DescriptorJson(level, v.descriptor(level)));
            }
            return new ValueCodeJson(v.code(), v.name(), v.description(), levels);
        }
    }

    public record SectionJson(int number, String name, String summary, String whatItIs, String whyItMatters,
            List<ValueCodeJson> valueCodes) {
        static SectionJson of(Section s) {
            return new SectionJson(s.number(), s.name(), s.summary(), s.whatItIs(), s.whyItMatters(),
                    s.valueCodes().stream().map(ValueCodeJson::of).toList());
        }
    }

    /** A framework version in lists. */
    public record FrameworkSummary(String id, String name, String version, String source, String description,
            List<LevelJson> levels, int sectionCount, int valueCodeCount, Instant importedAt, String importedBy) {
        static FrameworkSummary of(Framework f) {
            FrameworkDefinition d = f.definition();
            return new FrameworkSummary(f.id().value(), d.name(), d.version(), d.source(), d.description(),
                    LevelJson.of(d), d.sections().size(), d.valueCodeCount(), f.importedAt(), f.importedBy());
        }
    }

    /** A framework version in full: levels, sections, value codes and every level descriptor. */
    public record FrameworkView(String id, String name, String version, String source, String description,
            String scoringRule, List<LevelJson> levels, int sectionCount, int valueCodeCount, List<SectionJson> sections,
            Instant importedAt, String importedBy) {
        static FrameworkView of(Framework f) {
            FrameworkDefinition d = f.definition();
            return new FrameworkView(f.id().value(), d.name(), d.version(), d.source(), d.description(), d.scoringRule(),
                    LevelJson.of(d), d.sections().size(), d.valueCodeCount(), d.sections().stream().map(SectionJson::of).toList(),
                    f.importedAt(), f.importedBy());
        }
    }

    /** Which framework version an assessment or benchmark is about. */
    public record FrameworkRef(String id, String name, String version) {
        static FrameworkRef of(Framework f) {
            return new FrameworkRef(f.id().value(), f.name(), f.version());
        }
    }

    // ---------------------------------------------------------------- assessments

    /** One respondent's answer: a level, or unscored, or (neither) a note without a rating yet. */
    public record ResponseJson(String respondent, Integer level, boolean unscored, String comment, Instant at) {
        static ResponseJson of(Answer a) {
            return new ResponseJson(a.respondent(), a.rating().filter(r -> !r.isUnscored()).map(r -> r.level()).orElse(null),
                    a.rating().map(r -> r.isUnscored()).orElse(false), a.comment(), a.at());
        }
    }

    /**
     * The organisation's consolidated answer to a value code (outcome LEVEL, UNSCORED or
     * NOT_ANSWERED; level = the weakest level given), whether respondents differ, and every response.
     */
    public record AnswerView(String code, String name, int section, @Schema(ref = "AnswerOutcome") ConsolidatedAnswer.Outcome outcome, Integer level,
            String levelName, boolean differs, List<ResponseJson> responses) {
        static AnswerView of(ConsolidatedAnswer a, FrameworkDefinition d) {
            return new AnswerView(a.code(), a.valueCode().name(), a.sectionNumber(), a.outcome(),
                    a.isScored() ? a.level() : null, a.isScored() ? d.level(a.level()).name() : null, a.differs(),
                    a.responses().stream().map(ResponseJson::of).toList());
        }
    }

    public record TargetJson(String code, int level, LocalDate date, String setBy, Instant setAt) {
        static TargetJson of(Target t) {
            return new TargetJson(t.valueCode(), t.level(), t.by(), t.setBy(), t.setAt());
        }
    }

    public record ProgressJson(int answered, int total, int percent) {
        static ProgressJson of(AssessmentReport.Progress p) {
            return new ProgressJson(p.answered(), p.total(), p.percent());
        }
    }

    /** An assessment in lists. */
    public record AssessmentSummary(String id, String title, String organisation, FrameworkRef framework,
            @Schema(ref = "AssessmentStatus") AssessmentStatus status, List<String> allowedActions, ProgressJson progress, Instant createdAt,
            String createdBy, String copiedFrom, Instant submittedAt, String submittedBy, Instant savedAt, String savedBy,
            long version) {
        static AssessmentSummary of(Assessment a, Framework f) {
            List<ConsolidatedAnswer> answers = ConsolidatedAnswer.all(f.definition(), a.answers());
            int answered = (int) answers.stream().filter(ConsolidatedAnswer::isAnswered).count();
            return new AssessmentSummary(a.id().value(), a.title(), a.organisation().value(), FrameworkRef.of(f),
                    a.status(), a.isSubmitted() ? List.of("copy", "report", "target")
                            : List.of("answer", "report", "submit", "target"),
                    ProgressJson.of(new AssessmentReport.Progress(answered, answers.size())), a.createdAt(), a.createdBy(),
                    a.copiedFrom().map(AssessmentId::value).orElse(null), a.submittedAt().orElse(null),
                    a.submittedBy().orElse(null), a.savedAt(), a.savedBy(), a.version());
        }
    }

    /** An assessment with every consolidated answer, its responses and the targets. */
    public record AssessmentView(AssessmentSummary assessment, List<AnswerView> answers, List<TargetJson> targets) {
        static AssessmentView of(Assessment a, Framework f) {
            return new AssessmentView(AssessmentSummary.of(a, f), ConsolidatedAnswer.all(f.definition(), a.answers())
                    .stream().map(c -> AnswerView.of(c, f.definition())).toList(),
                    a.targets().stream().map(TargetJson::of).toList());
        }
    }

    // ---------------------------------------------------------------- reports

    public record BucketJson(Integer level, String name, int count, List<String> valueCodes) {
        static BucketJson of(Distribution.Bucket b) {
            return new BucketJson(b.level().map(Level::number).orElse(null), b.level().map(Level::name).orElse(b.label()),
                    b.count(), b.valueCodes());
        }
    }

    /** Value codes per level (count and which), then unscored and not answered. */
    public record DistributionJson(List<BucketJson> levels, BucketJson unscored, BucketJson notAnswered, int total) {
        static DistributionJson of(Distribution d) {
            return new DistributionJson(d.levels().stream().map(BucketJson::of).toList(), BucketJson.of(d.unscored()),
                    BucketJson.of(d.notAnswered()), d.total());
        }
    }

    public record SectionReportJson(int number, String name, Integer weakestLevel, String weakestLevelName,
            BigDecimal median, DistributionJson distribution, List<String> valueCodes) {
        static SectionReportJson of(AssessmentReport.SectionReport s, FrameworkDefinition d) {
            return new SectionReportJson(s.section().number(), s.section().name(), s.weakestLevel().orElse(null),
                    s.weakestLevel().map(l -> d.level(l).name()).orElse(null), s.median().orElse(null),
                    DistributionJson.of(s.distribution()), s.answers().stream().map(ConsolidatedAnswer::code).toList());
        }
    }

    public record CaseStudyJson(boolean potential, List<String> valueCodes) {
    }

    public record TargetGapJson(String code, String name, int targetLevel, LocalDate date, Integer currentLevel,
            @Schema(ref = "AnswerOutcome") ConsolidatedAnswer.Outcome current, Integer gap, boolean met, boolean overdue) {
        static TargetGapJson of(AssessmentReport.TargetGap g) {
            return new TargetGapJson(g.valueCode().code(), g.valueCode().name(), g.target().level(), g.target().by(),
                    g.current().scoredLevel().orElse(null), g.current().outcome(), g.gap().orElse(null), g.met(),
                    g.overdue());
        }
    }

    public record RespondentJson(String respondent, int rated, Instant lastSaved) {
    }

    public record OrganisationRef(String id, String name) {
    }

    /** The report of an assessment (the PDF shows the same). */
    public record ReportView(AssessmentSummary assessment, OrganisationRef organisation, LocalDate asOf,
            List<LevelJson> levels, ProgressJson progress, DistributionJson overall, List<SectionReportJson> sections,
            List<AnswerView> valueCodes, List<String> respondentsDiffer, CaseStudyJson caseStudy,
            List<TargetGapJson> targets, List<RespondentJson> respondents) {
        static ReportView of(AssessmentReport r) {
            FrameworkDefinition d = r.framework().definition();
            return new ReportView(AssessmentSummary.of(r.assessment(), r.framework()),
                    new OrganisationRef(r.organisation().id().value(), r.organisation().name()), r.asOf(),
                    LevelJson.of(d), ProgressJson.of(r.progress()), DistributionJson.of(r.overall()),
                    r.sections().stream().map(s -> SectionReportJson.of(s, d)).toList(),
                    r.answers().stream().map(a -> AnswerView.of(a, d)).toList(),
                    r.differences().stream().map(ConsolidatedAnswer::code).toList(),
                    new CaseStudyJson(r.caseStudy().potential(), r.caseStudy().valueCodes()),
                    r.targets().stream().map(TargetGapJson::of).toList(),
                    r.respondents().stream().map(x -> new RespondentJson(x.respondent(), x.rated(), x.lastSaved())).toList());
        }
    }

    // ---------------------------------------------------------------- benchmarks

    public record ScopeJson(@Schema(ref = "BenchmarkScopeKind") Benchmark.ScopeKind kind, String code, String name) {
    }

    public record PositionJson(int peersBelow, int peersSame, int peersAbove) {
    }

    public record LevelCountJson(int level, int peers) {
    }

    /** One value code: peers per level and unscored, their median, the caller's own level and position. */
    public record ValueCodeBenchmarkJson(String code, String name, int section, List<LevelCountJson> peersAtLevel,
            int peersUnscored, BigDecimal peerMedian, Integer ownLevel, boolean ownUnscored, PositionJson position) {
        static ValueCodeBenchmarkJson of(Benchmark.ValueCodeBenchmark v) {
            List<LevelCountJson> counts = new ArrayList<>();
            for (int i = 0; i < v.peersAtLevel().size(); i++) {
                counts.add(new LevelCountJson(i + 1, v.peersAtLevel().get(i)));
            }
            return new ValueCodeBenchmarkJson(v.valueCode().code(), v.valueCode().name(), v.sectionNumber(), counts,
                    v.peersUnscored(), v.peerMedian().orElse(null),
                    v.own().flatMap(ConsolidatedAnswer::scoredLevel).orElse(null),
                    v.own().map(o -> o.outcome() == ConsolidatedAnswer.Outcome.UNSCORED).orElse(false),
                    v.position().map(p -> new PositionJson(p.peersBelow(), p.peersSame(), p.peersAbove())).orElse(null));
        }
    }

    /**
     * The comparison with peers. When {@code suppressed}, the peer group is below
     * {@code minimumGroupSize}: neither the number of peers nor any distribution is given.
     */
    public record BenchmarkView(FrameworkRef framework, ScopeJson scope, int minimumGroupSize, boolean suppressed,
            Integer peers, String note, String ownAssessment, List<LevelJson> levels,
            List<ValueCodeBenchmarkJson> valueCodes) {
        static BenchmarkView of(Benchmark b) {
            return new BenchmarkView(FrameworkRef.of(b.framework()), new ScopeJson(b.scope().kind(),
                    b.scope().code().orElse(null), b.scope().name().orElse(null)), b.minimumGroupSize(), b.suppressed(),
                    b.peers().orElse(null), b.suppressed() ? "Fewer than " + b.minimumGroupSize()
                            + " other organisations have submitted this framework version in this scope; the comparison "
                            + "is withheld so that no organisation can be recognised." : null,
                    b.own().map(a -> a.id().value()).orElse(null), LevelJson.of(b.framework().definition()),
                    b.valueCodes().stream().map(ValueCodeBenchmarkJson::of).toList());
        }
    }
}
