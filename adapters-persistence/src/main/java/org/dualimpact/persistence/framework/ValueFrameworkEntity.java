package org.dualimpact.persistence.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.AwardCriterion;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.Note;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.PolicyOutcome;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.ReportingMetric;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.Theme;
import org.dualimpact.kernel.framework.ValueFrameworkId;

/**
 * The storage shape of a social value framework edition: one row, its sources, and its tree
 * flattened into {@code SV_FRAMEWORK_NODE} rows in file order (each naming its parent's position).
 */
@Entity
@Table(name = "SV_FRAMEWORK")
public class ValueFrameworkEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "FRAMEWORK_KEY", nullable = false, length = 40)
    String key;

    @Column(name = "EDITION", nullable = false, length = 100)
    String edition;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "PUBLISHER", nullable = false, length = 200)
    String publisher;

    @Column(name = "LICENCE", nullable = false, length = 200)
    String licence;

    @Column(name = "ATTRIBUTION", nullable = false, length = 1000)
    String attribution;

    @Column(name = "UNVERIFIED", nullable = false)
    boolean unverified;

    @Column(name = "MINIMUM_WEIGHT")
    Integer minimumWeight;

    @Column(name = "MINIMUM_RULE", nullable = false, length = 4000)
    String minimumRule;

    @Column(name = "SHIPPED", nullable = false)
    boolean shipped;

    @Column(name = "IMPORTED_AT", nullable = false)
    Instant importedAt;

    @Column(name = "IMPORTED_BY", nullable = false, length = 200)
    String importedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SV_FRAMEWORK_SOURCE", joinColumns = @JoinColumn(name = "FRAMEWORK_ID"))
    List<SourceRow> sources = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SV_FRAMEWORK_NODE", joinColumns = @JoinColumn(name = "FRAMEWORK_ID"))
    List<NodeRow> nodes = new ArrayList<>();

    /** One source, in order. */
    @Embeddable
    public static class SourceRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "SOURCE_TEXT", nullable = false, length = 1000)
        String text;

        protected SourceRow() {
        }

        SourceRow(int position, String text) {
            this.position = position;
            this.text = text;
        }
    }

    /** One element of the tree. */
    @Embeddable
    public static class NodeRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "KIND", nullable = false, length = 16)
        String kind;
        @Column(name = "NODE_ID", nullable = false, length = 60)
        String nodeId;
        @Column(name = "PARENT_POSITION")
        Integer parent;
        @Column(name = "TITLE", nullable = false, length = 1000)
        String title;
        @Column(name = "EXTRA", nullable = false, length = 1000)
        String extra;
        @Column(name = "SUMMARY", nullable = false, length = 4000)
        String summary;
        @Column(name = "UNVERIFIED", nullable = false)
        boolean unverified;
        @Column(name = "EVIDENCE", nullable = false, length = 4000)
        String evidence;
        @Column(name = "NOTE_TEXT", nullable = false, length = 4000)
        String note;

        protected NodeRow() {
        }

        NodeRow(int position, String kind, String nodeId, Integer parent, String title, String extra, String summary,
                boolean unverified, String evidence, String note) {
            this.position = position;
            this.kind = kind;
            this.nodeId = nodeId;
            this.parent = parent;
            this.title = nz(title);
            this.extra = nz(extra);
            this.summary = nz(summary);
            this.unverified = unverified;
            this.evidence = nz(evidence);
            this.note = nz(note);
        }
    }

    protected ValueFrameworkEntity() {
    }

    ValueFrameworkEntity(ValueFramework framework) {
        id = framework.id().value();
        copyState(framework);
    }

    final void copyState(ValueFramework framework) {
        ValueFrameworkDefinition d = framework.definition();
        key = d.key();
        edition = d.edition();
        title = d.title();
        publisher = d.publisher();
        licence = d.licence();
        attribution = d.attribution();
        unverified = d.unverified();
        minimumWeight = d.minimumWeightingPercent();
        minimumRule = d.minimumWeightingRule();
        shipped = framework.shipped();
        importedAt = framework.importedAt();
        importedBy = framework.importedBy();
        sources.clear();
        for (int i = 0; i < d.sources().size(); i++) {
            sources.add(new SourceRow(i, d.sources().get(i)));
        }
        nodes.clear();
        int[] position = {0};
        for (Theme theme : d.themes()) {
            int t = position[0]++;
            nodes.add(new NodeRow(t, theme.implicit() ? "IMPLICIT_THEME" : "THEME", theme.id(), null, theme.title(),
                    theme.altTitle(), "", theme.unverified(), theme.evidence(), ""));
            for (PolicyOutcome outcome : theme.outcomes()) {
                int o = position[0]++;
                nodes.add(new NodeRow(o, "OUTCOME", outcome.id(), t, outcome.title(), "", outcome.summary(),
                        outcome.unverified(), outcome.evidence(), outcome.note()));
                metrics(outcome.reportingMetrics(), o, position);
                for (AwardCriterion criterion : outcome.criteria()) {
                    int c = position[0]++;
                    nodes.add(new NodeRow(c, "CRITERION", criterion.id(), o, criterion.title(), criterion.shortLabel(), "",
                            criterion.unverified(), criterion.evidence(), criterion.note()));
                    metrics(criterion.reportingMetrics(), c, position);
                }
            }
        }
        metrics(d.reportingMetrics(), null, position);
        for (Note note : d.notes()) {
            nodes.add(new NodeRow(position[0]++, "NOTE", note.name(), null, "", "", "", false, "", note.text()));
        }
    }

    private void metrics(List<ReportingMetric> metrics, Integer parent, int[] position) {
        for (ReportingMetric metric : metrics) {
            nodes.add(new NodeRow(position[0]++, "METRIC", metric.id(), parent, metric.title(), metric.unit(), "",
                    metric.unverified(), "", ""));
        }
    }

    ValueFramework toDomain() {
        List<NodeRow> ordered = nodes.stream().sorted(Comparator.comparingInt(n -> n.position)).toList();
        List<Theme> themes = new ArrayList<>();
        for (NodeRow t : ordered) {
            if (!t.kind.endsWith("THEME")) {
                continue;
            }
            List<PolicyOutcome> outcomes = new ArrayList<>();
            for (NodeRow o : children(ordered, t.position, "OUTCOME")) {
                List<AwardCriterion> criteria = new ArrayList<>();
                for (NodeRow c : children(ordered, o.position, "CRITERION")) {
                    criteria.add(new AwardCriterion(c.nodeId, c.title, c.extra, c.unverified, c.evidence, c.note,
                            metricsOf(ordered, c.position)));
                }
                outcomes.add(new PolicyOutcome(o.nodeId, o.title, o.summary, o.unverified, o.evidence, o.note, criteria,
                        metricsOf(ordered, o.position)));
            }
            themes.add(new Theme(t.nodeId, t.title, t.extra, t.unverified, t.evidence, t.kind.equals("IMPLICIT_THEME"),
                    outcomes));
        }
        List<ReportingMetric> top = ordered.stream().filter(n -> n.kind.equals("METRIC") && n.parent == null)
                .map(n -> new ReportingMetric(n.nodeId, n.title, n.extra, n.unverified)).toList();
        List<Note> notes = ordered.stream().filter(n -> n.kind.equals("NOTE")).map(n -> new Note(n.nodeId, n.note)).toList();
        List<String> sourceList = sources.stream().sorted(Comparator.comparingInt(s -> s.position)).map(s -> s.text).toList();
        ValueFrameworkDefinition definition = new ValueFrameworkDefinition(key, title, edition, publisher, licence, attribution,
                sourceList, unverified, minimumWeight, minimumRule, themes, top, notes);
        return new ValueFramework(new ValueFrameworkId(id), definition, importedAt, importedBy, shipped);
    }

    private static List<NodeRow> children(List<NodeRow> ordered, int parent, String kind) {
        return ordered.stream().filter(n -> n.kind.equals(kind) && n.parent != null && n.parent == parent).toList();
    }

    private static List<ReportingMetric> metricsOf(List<NodeRow> ordered, int parent) {
        return children(ordered, parent, "METRIC").stream().map(n -> new ReportingMetric(n.nodeId, n.title, n.extra,
                n.unverified)).toList();
    }

    static String nz(String text) {
        return text == null ? "" : text;
    }
}
