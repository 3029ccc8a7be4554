package org.dualimpact.web.framework;

import java.time.Instant;
import java.util.List;

import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.AwardCriterion;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.PolicyOutcome;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.ReportingMetric;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.Theme;

/**
 * The JSON shapes of social value frameworks. Every element shows its own {@code unverified} flag
 * and {@code provisional}: true when it, an element above it or the whole edition is unverified.
 */
public final class FrameworkViews {

    private FrameworkViews() {
    }

    /** An edition in a list. */
    public record FrameworkSummary(String id, String key, String title, String edition, String publisher, String licence,
            String attribution, boolean unverified, boolean shipped, boolean frozen, int themeCount, int outcomeCount,
            int criterionCount, int provisionalCount, Integer minimumWeightingPercent, Instant importedAt) {
        static FrameworkSummary of(ValueFramework f, boolean frozen) {
            ValueFrameworkDefinition d = f.definition();
            return new FrameworkSummary(f.id().value(), d.key(), d.title(), d.edition(), d.publisher(), d.licence(),
                    d.attribution(), d.unverified(), f.shipped(), frozen, d.themes().size(), d.outcomeCount(),
                    d.criterionCount(), d.provisionalCount(), d.minimumWeightingPercent(), f.importedAt());
        }
    }

    /** A reporting metric. */
    public record MetricView(String id, String title, String unit, boolean unverified, boolean provisional) {
        static MetricView of(ReportingMetric m, boolean above) {
            return new MetricView(m.id(), m.title(), m.unit(), m.unverified(), above || m.unverified());
        }
    }

    /** An award criterion. */
    public record CriterionView(String id, String title, String shortLabel, boolean unverified, boolean provisional,
            String evidence, String note, List<MetricView> reportingMetrics) {
        static CriterionView of(AwardCriterion c, boolean above) {
            boolean provisional = above || c.unverified();
            return new CriterionView(c.id(), c.title(), c.shortLabel(), c.unverified(), provisional, c.evidence(), c.note(),
                    c.reportingMetrics().stream().map(m -> MetricView.of(m, provisional)).toList());
        }
    }

    /** A policy outcome. */
    public record OutcomeView(String id, String title, String summary, boolean unverified, boolean provisional,
            String evidence, String note, List<MetricView> reportingMetrics, List<CriterionView> criteria) {
        static OutcomeView of(PolicyOutcome o, boolean above) {
            boolean provisional = above || o.unverified();
            return new OutcomeView(o.id(), o.title(), o.summary(), o.unverified(), provisional, o.evidence(), o.note(),
                    o.reportingMetrics().stream().map(m -> MetricView.of(m, provisional)).toList(),
                    o.criteria().stream().map(c -> CriterionView.of(c, provisional)).toList());
        }
    }

    /** A theme or mission. */
    public record ThemeView(String id, String title, String altTitle, boolean unverified, boolean provisional,
            boolean implicit, String evidence, List<OutcomeView> outcomes) {
        static ThemeView of(Theme t, boolean above) {
            boolean provisional = above || t.unverified();
            return new ThemeView(t.id(), t.title(), t.altTitle(), t.unverified(), provisional, t.implicit(), t.evidence(),
                    t.outcomes().stream().map(o -> OutcomeView.of(o, provisional)).toList());
        }
    }

    /** An informational member of the file, kept verbatim. */
    public record NoteView(String name, String text) {
    }

    /** An edition in full. */
    public record FrameworkView(FrameworkSummary summary, List<String> sources, String minimumWeightingRule,
            List<ThemeView> themes, List<MetricView> reportingMetrics, List<NoteView> notes) {
        static FrameworkView of(ValueFramework f, boolean frozen) {
            ValueFrameworkDefinition d = f.definition();
            return new FrameworkView(FrameworkSummary.of(f, frozen), d.sources(), d.minimumWeightingRule(),
                    d.themes().stream().map(t -> ThemeView.of(t, d.unverified())).toList(),
                    d.reportingMetrics().stream().map(m -> MetricView.of(m, d.unverified())).toList(),
                    d.notes().stream().map(n -> new NoteView(n.name(), n.text())).toList());
        }
    }
}
