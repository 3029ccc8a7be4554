package org.dualimpact.persistence.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.CriterionLink;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.organisation.OrganisationId;

/** The storage shape of a measures catalogue: one row, sources, measures, proxies per year and crosswalk links. */
@Entity
@Table(name = "CATALOGUE")
public class CatalogueEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "NAME", nullable = false, length = 200)
    String name;

    @Column(name = "EDITION", nullable = false, length = 100)
    String edition;

    @Column(name = "OWNER_ID", length = 40)
    String owner;

    @Column(name = "BASED_ON", length = 40)
    String basedOn;

    @Column(name = "ILLUSTRATIVE", nullable = false)
    boolean illustrative;

    @Column(name = "ATTRIBUTION", nullable = false, length = 2000)
    String attribution;

    @Column(name = "DEADWEIGHT", precision = 9, scale = 4)
    BigDecimal deadweight;

    @Column(name = "DISPLACEMENT", precision = 9, scale = 4)
    BigDecimal displacement;

    @Column(name = "ATTRIBUTION_SHARE", precision = 9, scale = 4)
    BigDecimal attributionShare;

    @Column(name = "DROP_OFF", precision = 9, scale = 4)
    BigDecimal dropOff;

    @Column(name = "IMPORTED_AT", nullable = false)
    Instant importedAt;

    @Column(name = "IMPORTED_BY", nullable = false, length = 200)
    String importedBy;

    @Column(name = "LAST_CHANGE", nullable = false)
    Instant lastChange;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CATALOGUE_SOURCE", joinColumns = @JoinColumn(name = "CATALOGUE_ID"))
    List<SourceRow> sources = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CATALOGUE_MEASURE", joinColumns = @JoinColumn(name = "CATALOGUE_ID"))
    List<MeasureRow> measures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CATALOGUE_PROXY", joinColumns = @JoinColumn(name = "CATALOGUE_ID"))
    List<ProxyRow> proxies = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CATALOGUE_LINK", joinColumns = @JoinColumn(name = "CATALOGUE_ID"))
    List<LinkRow> links = new ArrayList<>();

    /** One source line. */
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

    /** One measure. */
    @Embeddable
    public static class MeasureRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "CODE", nullable = false, length = 40)
        String code;
        @Column(name = "THEME", nullable = false, length = 200)
        String theme;
        @Column(name = "OUTCOME", nullable = false, length = 500)
        String outcome;
        @Column(name = "TITLE", nullable = false, length = 500)
        String title;
        @Column(name = "UNIT", nullable = false, length = 40)
        String unit;
        @Column(name = "SDG_TARGETS", nullable = false, length = 400)
        String sdgTargets;
        @Column(name = "DEADWEIGHT", precision = 9, scale = 4)
        BigDecimal deadweight;
        @Column(name = "DISPLACEMENT", precision = 9, scale = 4)
        BigDecimal displacement;
        @Column(name = "ATTRIBUTION_SHARE", precision = 9, scale = 4)
        BigDecimal attribution;
        @Column(name = "DROP_OFF", precision = 9, scale = 4)
        BigDecimal dropOff;
        @Column(name = "BENEFIT_YEARS")
        Integer benefitYears;
        @Column(name = "LOCAL_WEIGHT", nullable = false, precision = 6, scale = 2)
        BigDecimal localWeight;

        protected MeasureRow() {
        }

        MeasureRow(int position, Measure m) {
            this.position = position;
            code = m.code();
            theme = m.theme();
            outcome = m.outcome();
            title = m.title();
            unit = m.unit();
            sdgTargets = String.join(";", m.sdgTargets());
            deadweight = m.adjustments().deadweight();
            displacement = m.adjustments().displacement();
            attribution = m.adjustments().attribution();
            dropOff = m.adjustments().dropOff();
            benefitYears = m.benefitYears();
            localWeight = m.localWeight();
        }
    }

    /** One proxy value of one measure and year. */
    @Embeddable
    public static class ProxyRow {
        @Column(name = "CODE", nullable = false, length = 40)
        String code;
        @Column(name = "PROXY_YEAR", nullable = false)
        int year;
        @Column(name = "GBP_PER_UNIT", nullable = false, precision = 19, scale = 4)
        BigDecimal gbpPerUnit;
        @Column(name = "SOURCE_TEXT", nullable = false, length = 500)
        String source;

        protected ProxyRow() {
        }

        ProxyRow(String code, ProxyValue p) {
            this.code = code;
            year = p.year();
            gbpPerUnit = p.gbpPerUnit();
            source = p.source();
        }
    }

    /** One crosswalk link of one measure. */
    @Embeddable
    public static class LinkRow {
        @Column(name = "CODE", nullable = false, length = 40)
        String code;
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "FRAMEWORK_KEY", nullable = false, length = 40)
        String framework;
        @Column(name = "CRITERION_ID", nullable = false, length = 40)
        String criterion;

        protected LinkRow() {
        }

        LinkRow(String code, int position, CriterionLink link) {
            this.code = code;
            this.position = position;
            framework = link.framework();
            criterion = link.criterion();
        }
    }

    protected CatalogueEntity() {
    }

    CatalogueEntity(Catalogue c) {
        id = c.id().value();
        name = c.name();
        edition = c.edition();
        owner = c.owner().map(OrganisationId::value).orElse(null);
        basedOn = c.basedOn().map(CatalogueId::value).orElse(null);
        illustrative = c.illustrative();
        attribution = c.attribution();
        deadweight = c.defaults().deadweight();
        displacement = c.defaults().displacement();
        attributionShare = c.defaults().attribution();
        dropOff = c.defaults().dropOff();
        importedAt = c.importedAt();
        importedBy = c.importedBy();
        for (int i = 0; i < c.sources().size(); i++) {
            sources.add(new SourceRow(i, c.sources().get(i)));
        }
        copyMeasures(c, importedAt);
    }

    final void copyMeasures(Catalogue c, Instant at) {
        lastChange = lastChange == null || at.isAfter(lastChange) ? at : lastChange.plusMillis(1);
        measures.clear();
        proxies.clear();
        links.clear();
        int position = 0;
        for (Measure m : c.measures()) {
            measures.add(new MeasureRow(position++, m));
            m.proxies().forEach(p -> proxies.add(new ProxyRow(m.code(), p)));
            for (int i = 0; i < m.criteria().size(); i++) {
                links.add(new LinkRow(m.code(), i, m.criteria().get(i)));
            }
        }
    }

    Catalogue toDomain() {
        List<Measure> list = measures.stream().sorted(Comparator.comparingInt(m -> m.position)).map(m -> new Measure(m.code,
                m.theme, m.outcome, m.title, m.unit,
                proxies.stream().filter(p -> p.code.equals(m.code)).map(p -> new ProxyValue(p.year, p.gbpPerUnit, p.source))
                        .toList(),
                m.sdgTargets.isEmpty() ? List.of() : Arrays.asList(m.sdgTargets.split(";")),
                links.stream().filter(l -> l.code.equals(m.code)).sorted(Comparator.comparingInt(l -> l.position))
                        .map(l -> new CriterionLink(l.framework, l.criterion)).toList(),
                new Adjustments(m.deadweight, m.displacement, m.attribution, m.dropOff), m.benefitYears, m.localWeight))
                .toList();
        return new Catalogue(new CatalogueId(id), name, edition, Optional.ofNullable(owner).map(OrganisationId::new),
                Optional.ofNullable(basedOn).map(CatalogueId::new), illustrative, attribution,
                sources.stream().sorted(Comparator.comparingInt(s -> s.position)).map(s -> s.text).toList(),
                new Adjustments(deadweight, displacement, attributionShare, dropOff), list, importedAt, importedBy, version);
    }
}
