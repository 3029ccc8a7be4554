package org.dualimpact.persistence.diagnostic;

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

import org.dualimpact.kernel.diagnostic.Framework;
import org.dualimpact.kernel.diagnostic.FrameworkDefinition;
import org.dualimpact.kernel.diagnostic.FrameworkId;
import org.dualimpact.kernel.diagnostic.Level;
import org.dualimpact.kernel.diagnostic.Section;
import org.dualimpact.kernel.diagnostic.ValueCode;

/**
 * The storage shape of a framework version: one row and child tables for levels, sections, value
 * codes and descriptors. Written once, never updated. Mapping to and from the domain lives here.
 */
@Entity
@Table(name = "DIAGNOSTIC_FRAMEWORK")
public class FrameworkEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "NAME", nullable = false, length = 200)
    String name;

    @Column(name = "VERSION_LABEL", nullable = false, length = 40)
    String version;

    @Column(name = "SOURCE_TEXT", nullable = false, length = 500)
    String source;

    @Column(name = "DESCRIPTION", nullable = false, length = 4000)
    String description;

    @Column(name = "SCORING_RULE", nullable = false, length = 4000)
    String scoringRule;

    @Column(name = "IMPORTED_AT", nullable = false)
    Instant importedAt;

    @Column(name = "IMPORTED_BY", nullable = false, length = 200)
    String importedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DIAGNOSTIC_LEVEL", joinColumns = @JoinColumn(name = "FRAMEWORK_ID"))
    List<LevelRow> levels = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DIAGNOSTIC_SECTION", joinColumns = @JoinColumn(name = "FRAMEWORK_ID"))
    List<SectionRow> sections = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DIAGNOSTIC_VALUE_CODE", joinColumns = @JoinColumn(name = "FRAMEWORK_ID"))
    List<ValueCodeRow> valueCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DIAGNOSTIC_DESCRIPTOR", joinColumns = @JoinColumn(name = "FRAMEWORK_ID"))
    List<DescriptorRow> descriptors = new ArrayList<>();

    /** One level: number and name. */
    @Embeddable
    public static class LevelRow {
        @Column(name = "LEVEL_NO", nullable = false)
        int number;
        @Column(name = "NAME", nullable = false, length = 40)
        String name;

        protected LevelRow() {
        }

        LevelRow(Level level) {
            number = level.number();
            name = level.name();
        }
    }

    /** One section and its texts. */
    @Embeddable
    public static class SectionRow {
        @Column(name = "SECTION_NO", nullable = false)
        int number;
        @Column(name = "NAME", nullable = false, length = 200)
        String name;
        @Column(name = "SUMMARY", nullable = false, length = 4000)
        String summary;
        @Column(name = "WHAT_IT_IS", nullable = false, length = 4000)
        String whatItIs;
        @Column(name = "WHY_IT_MATTERS", nullable = false, length = 4000)
        String whyItMatters;

        protected SectionRow() {
        }

        SectionRow(Section section) {
            number = section.number();
            name = section.name();
            summary = section.summary();
            whatItIs = section.whatItIs();
            whyItMatters = section.whyItMatters();
        }
    }

    /** One value code, placed in its section. */
    @Embeddable
    public static class ValueCodeRow {
        @Column(name = "CODE", nullable = false, length = 20)
        String code;
        @Column(name = "SECTION_NO", nullable = false)
        int section;
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "NAME", nullable = false, length = 200)
        String name;
        @Column(name = "DESCRIPTION", nullable = false, length = 2000)
        String description;

        protected ValueCodeRow() {
        }

        ValueCodeRow(ValueCode valueCode, int section, int position) {
            code = valueCode.code();
            this.section = section;
            this.position = position;
            name = valueCode.name();
            description = valueCode.description();
        }
    }

    /** What one level looks like for one value code. */
    @Embeddable
    public static class DescriptorRow {
        @Column(name = "CODE", nullable = false, length = 20)
        String code;
        @Column(name = "LEVEL_NO", nullable = false)
        int level;
        @Column(name = "DESCRIPTOR_TEXT", nullable = false, length = 4000)
        String text;

        protected DescriptorRow() {
        }

        DescriptorRow(String code, int level, String text) {
            this.code = code;
            this.level = level;
            this.text = text;
        }
    }

    protected FrameworkEntity() {
    }

    FrameworkEntity(Framework framework) {
        FrameworkDefinition definition = framework.definition();
        id = framework.id().value();
        name = definition.name();
        version = definition.version();
        source = definition.source();
        description = definition.description();
        scoringRule = definition.scoringRule();
        importedAt = framework.importedAt();
        importedBy = framework.importedBy();
        definition.levels().forEach(l -> levels.add(new LevelRow(l)));
        for (Section section : definition.sections()) {
            sections.add(new SectionRow(section));
            int position = 0;
            for (ValueCode code : section.valueCodes()) {
                valueCodes.add(new ValueCodeRow(code, section.number(), ++position));
                for (int level = 1; level <= code.descriptors().size(); level++) {
                    descriptors.add(new DescriptorRow(code.code(), level, code.descriptor(level)));
                }
            }
        }
    }

    Framework toDomain() {
        List<Level> levelList = levels.stream().sorted(Comparator.comparingInt(l -> l.number))
                .map(l -> new Level(l.number, l.name)).toList();
        List<Section> sectionList = sections.stream().sorted(Comparator.comparingInt(s -> s.number))
                .map(s -> new Section(s.number, s.name, s.summary, s.whatItIs, s.whyItMatters, valueCodesOf(s.number)))
                .toList();
        return new Framework(new FrameworkId(id), new FrameworkDefinition(name, version, source, description, scoringRule,
                levelList, sectionList), importedAt, importedBy);
    }

    private List<ValueCode> valueCodesOf(int section) {
        return valueCodes.stream().filter(v -> v.section == section).sorted(Comparator.comparingInt(v -> v.position))
                .map(v -> new ValueCode(v.code, v.name, v.description, descriptors.stream()
                        .filter(d -> d.code.equals(v.code)).sorted(Comparator.comparingInt(d -> d.level))
                        .map(d -> d.text).toList()))
                .toList();
    }
}
