package org.dualimpact.persistence.mapping;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.mapping.Mapping;
import org.dualimpact.kernel.mapping.MappingEntry;
import org.dualimpact.kernel.mapping.MappingId;
import org.dualimpact.kernel.organisation.OrganisationId;

/** The storage shape of a social value mapping: its selection and its sheet. */
@Entity
@Table(name = "SV_MAPPING")
public class MappingEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "OWNER_ID", nullable = false, length = 40)
    String owner;

    @Column(name = "NAME", nullable = false, length = 200)
    String name;

    @Column(name = "FRAMEWORK_ID", nullable = false, length = 40)
    String framework;

    @Column(name = "CATALOGUE_ID", nullable = false, length = 40)
    String catalogue;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 200)
    String createdBy;

    @Column(name = "LAST_CHANGE", nullable = false)
    Instant lastChange;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SV_MAPPING_SELECTION", joinColumns = @JoinColumn(name = "MAPPING_ID"))
    List<SelectionRow> selection = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SV_MAPPING_ENTRY", joinColumns = @JoinColumn(name = "MAPPING_ID"))
    List<EntryRow> entries = new ArrayList<>();

    /** One selected outcome or criterion. */
    @Embeddable
    public static class SelectionRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "KIND", nullable = false, length = 16)
        String kind;
        @Column(name = "NODE_ID", nullable = false, length = 40)
        String node;

        protected SelectionRow() {
        }

        SelectionRow(int position, String kind, String node) {
            this.position = position;
            this.kind = kind;
            this.node = node;
        }
    }

    /** One line of the sheet. */
    @Embeddable
    public static class EntryRow {
        @Column(name = "LINE_NO", nullable = false)
        int line;
        @Column(name = "MEASURE_CODE", nullable = false, length = 40)
        String measure;
        @Column(name = "TERRITORY_CODE", nullable = false, length = 16)
        String territory;
        @Column(name = "PERIOD_LABEL", nullable = false, length = 20)
        String period;
        @Column(name = "COMMITTED", nullable = false, precision = 19, scale = 3)
        BigDecimal committed;
        @Column(name = "DELIVERED", nullable = false, precision = 19, scale = 3)
        BigDecimal delivered;

        protected EntryRow() {
        }

        EntryRow(int line, MappingEntry e) {
            this.line = line;
            measure = e.measureCode();
            territory = e.territory();
            period = e.period();
            committed = e.committed();
            delivered = e.delivered();
        }
    }

    protected MappingEntity() {
    }

    MappingEntity(Mapping m) {
        id = m.id().value();
        owner = m.owner().value();
        name = m.name();
        framework = m.framework().value();
        catalogue = m.catalogue().value();
        createdAt = m.createdAt();
        createdBy = m.createdBy();
        int position = 0;
        for (String outcome : m.outcomes()) {
            selection.add(new SelectionRow(position++, "OUTCOME", outcome));
        }
        for (String criterion : m.criteria()) {
            selection.add(new SelectionRow(position++, "CRITERION", criterion));
        }
        copyEntries(m);
    }

    final void copyEntries(Mapping m) {
        Instant now = Instant.now();
        lastChange = lastChange == null || now.isAfter(lastChange) ? now : lastChange.plusMillis(1);
        entries.clear();
        for (int i = 0; i < m.entries().size(); i++) {
            entries.add(new EntryRow(i, m.entries().get(i)));
        }
    }

    Mapping toDomain() {
        List<SelectionRow> ordered = selection.stream().sorted(Comparator.comparingInt(s -> s.position)).toList();
        return new Mapping(new MappingId(id), new OrganisationId(owner), name, new ValueFrameworkId(framework),
                new CatalogueId(catalogue), ordered.stream().filter(s -> s.kind.equals("OUTCOME")).map(s -> s.node).toList(),
                ordered.stream().filter(s -> s.kind.equals("CRITERION")).map(s -> s.node).toList(),
                entries.stream().sorted(Comparator.comparingInt(e -> e.line)).map(e -> new MappingEntry(e.measure, e.territory,
                        e.period, e.committed, e.delivered)).toList(), createdAt, createdBy, version);
    }
}
