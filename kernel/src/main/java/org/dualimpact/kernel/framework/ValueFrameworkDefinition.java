package org.dualimpact.kernel.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Validation;

/**
 * The content of a social value framework edition: a tree of themes (or missions) → policy outcomes →
 * award criteria (e.g. {@code MAC 2.2}) → reporting metrics, with its provenance (publisher, licence,
 * attribution, sources) and the policy minimum weighting it states, if any.
 *
 * <p><b>Provisional content.</b> Every element carries the {@code unverified} flag of the file (its
 * wording could not be confirmed from a primary source). An element is <em>provisional</em> when it,
 * any element above it or the whole file is unverified; the API and documents show both. Nothing is
 * hidden because it is provisional: it is shown as such, and an administrator imports a corrected
 * edition.
 *
 * <p>Invariants: theme, outcome and criterion identifiers are each unique in the edition; an element
 * without a title must be unverified (the title could not be found).
 */
public record ValueFrameworkDefinition(String key, String title, String edition, String publisher, String licence,
        String attribution, List<String> sources, boolean unverified, Integer minimumWeightingPercent,
        String minimumWeightingRule, List<Theme> themes, List<ReportingMetric> reportingMetrics, List<Note> notes) {

    /** A framework key: 1 to 40 of a-z 0-9 . _ - (e.g. ppn-06-20). */
    public static final String KEY_PATTERN = "[a-z0-9][a-z0-9._-]{0,39}";
    public static final int TITLE_MAX = 1000;
    public static final int TEXT_MAX = 4000;

    /** A reporting metric: what is counted, in which unit. */
    public record ReportingMetric(String id, String title, String unit, boolean unverified) {
        public ReportingMetric {
            id = Validation.requireText(id, "metric id", 40);
            title = Validation.requireText(title, "metric title", TITLE_MAX);
            unit = Validation.optionalText(unit, "metric unit", 40);
        }
    }

    /** A model award criterion under a policy outcome. */
    public record AwardCriterion(String id, String title, String shortLabel, boolean unverified, String evidence,
            String note, List<ReportingMetric> reportingMetrics) {
        public AwardCriterion {
            id = Validation.requireText(id, "criterion id", 40);
            title = untitled(title, unverified, "criterion " + id);
            shortLabel = Validation.optionalText(shortLabel, "short label", 200);
            evidence = Validation.optionalText(evidence, "evidence", TEXT_MAX);
            note = Validation.optionalText(note, "note", TEXT_MAX);
            reportingMetrics = List.copyOf(reportingMetrics);
        }
    }

    /** A policy outcome under a theme or mission. */
    public record PolicyOutcome(String id, String title, String summary, boolean unverified, String evidence, String note,
            List<AwardCriterion> criteria, List<ReportingMetric> reportingMetrics) {
        public PolicyOutcome {
            id = Validation.requireText(id, "outcome id", 40);
            title = untitled(title, unverified, "outcome " + id);
            summary = Validation.optionalText(summary, "summary", TEXT_MAX);
            evidence = Validation.optionalText(evidence, "evidence", TEXT_MAX);
            note = Validation.optionalText(note, "note", TEXT_MAX);
            criteria = List.copyOf(criteria);
            reportingMetrics = List.copyOf(reportingMetrics);
        }
    }

    /**
     * A theme (PPN 06/20) or mission (PPN 002). {@code implicit} marks the theme a file without themes
     * gets so that its top-level outcomes have a home.
     */
    public record Theme(String id, String title, String altTitle, boolean unverified, String evidence, boolean implicit,
            List<PolicyOutcome> outcomes) {
        public Theme {
            id = Validation.requireText(id, "theme id", 40);
            title = untitled(title, unverified, "theme " + id);
            altTitle = Validation.optionalText(altTitle, "alternative title", TITLE_MAX);
            evidence = Validation.optionalText(evidence, "evidence", TEXT_MAX);
            outcomes = List.copyOf(outcomes);
        }
    }

    /** An informational member of the file kept verbatim (compact JSON), e.g. {@code dates} or {@code counts}. */
    public record Note(String name, String text) {
        public Note {
            name = Validation.requireText(name, "note name", 60);
            text = Validation.requireText(text, "note text", TEXT_MAX);
        }
    }

    /** Where a criterion sits in the tree, with its effective provisional flag. */
    public record CriterionPlace(Theme theme, PolicyOutcome outcome, AwardCriterion criterion, boolean provisional) {
    }

    public ValueFrameworkDefinition {
        if (key == null || !key.matches(KEY_PATTERN)) {
            throw new IllegalArgumentException("a framework key is 1 to 40 of a-z 0-9 . _ - (e.g. ppn-06-20): " + key);
        }
        title = Validation.requireText(title, "title", 200);
        edition = Validation.requireText(edition, "edition", 100);
        publisher = Validation.optionalText(publisher, "publisher", 200);
        licence = Validation.optionalText(licence, "licence", 200);
        attribution = Validation.optionalText(attribution, "attribution", 1000);
        sources = List.copyOf(sources);
        if (minimumWeightingPercent != null && (minimumWeightingPercent < 0 || minimumWeightingPercent > 100)) {
            throw new IllegalArgumentException("minimum weighting is 0 to 100 %");
        }
        minimumWeightingRule = Validation.optionalText(minimumWeightingRule, "minimum weighting rule", TEXT_MAX);
        themes = List.copyOf(themes);
        reportingMetrics = List.copyOf(reportingMetrics);
        notes = List.copyOf(notes);
        Set<String> themeIds = new HashSet<>();
        Set<String> outcomeIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        for (Theme theme : themes) {
            if (!themeIds.add(theme.id())) {
                throw new IllegalArgumentException("duplicated theme id " + theme.id());
            }
            for (PolicyOutcome outcome : theme.outcomes()) {
                if (!outcomeIds.add(outcome.id())) {
                    throw new IllegalArgumentException("duplicated outcome id " + outcome.id());
                }
                for (AwardCriterion criterion : outcome.criteria()) {
                    if (!criterionIds.add(criterion.id())) {
                        throw new IllegalArgumentException("duplicated criterion id " + criterion.id());
                    }
                }
            }
        }
    }

    private static String untitled(String title, boolean unverified, String what) {
        if (title == null || title.isBlank()) {
            if (!unverified) {
                throw new IllegalArgumentException(what + " has no title: only an unverified element may lack one");
            }
            return "";
        }
        return Validation.requireText(title, what + " title", TITLE_MAX);
    }

    /** The criterion with this identifier, where it sits, and whether it is provisional. */
    public Optional<CriterionPlace> criterion(String id) {
        for (Theme theme : themes) {
            for (PolicyOutcome outcome : theme.outcomes()) {
                for (AwardCriterion criterion : outcome.criteria()) {
                    if (criterion.id().equals(id)) {
                        return Optional.of(new CriterionPlace(theme, outcome, criterion,
                                unverified || theme.unverified() || outcome.unverified() || criterion.unverified()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public Optional<PolicyOutcome> outcome(String id) {
        return themes.stream().flatMap(t -> t.outcomes().stream()).filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Theme> themeOf(PolicyOutcome outcome) {
        return themes.stream().filter(t -> t.outcomes().contains(outcome)).findFirst();
    }

    /** Every criterion in tree order. */
    public List<CriterionPlace> criteria() {
        List<CriterionPlace> all = new ArrayList<>();
        for (Theme theme : themes) {
            for (PolicyOutcome outcome : theme.outcomes()) {
                for (AwardCriterion criterion : outcome.criteria()) {
                    all.add(new CriterionPlace(theme, outcome, criterion,
                            unverified || theme.unverified() || outcome.unverified() || criterion.unverified()));
                }
            }
        }
        return all;
    }

    public boolean outcomeProvisional(PolicyOutcome outcome) {
        Theme theme = themeOf(outcome).orElseThrow();
        return unverified || theme.unverified() || outcome.unverified();
    }

    public int outcomeCount() {
        return themes.stream().mapToInt(t -> t.outcomes().size()).sum();
    }

    public int criterionCount() {
        return themes.stream().flatMap(t -> t.outcomes().stream()).mapToInt(o -> o.criteria().size()).sum();
    }

    /** How many elements (themes, outcomes, criteria, metrics) are provisional. */
    public int provisionalCount() {
        int count = 0;
        for (Theme theme : themes) {
            boolean t = unverified || theme.unverified();
            count += t && !theme.implicit() ? 1 : 0;
            for (PolicyOutcome outcome : theme.outcomes()) {
                boolean o = t || outcome.unverified();
                count += o ? 1 : 0;
                for (AwardCriterion criterion : outcome.criteria()) {
                    count += o || criterion.unverified() ? 1 : 0;
                }
            }
        }
        return count;
    }
}
