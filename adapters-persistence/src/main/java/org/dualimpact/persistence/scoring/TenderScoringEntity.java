package org.dualimpact.persistence.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.scoring.MarkingScale;
import org.dualimpact.kernel.scoring.ScaleBand;
import org.dualimpact.kernel.scoring.ScoringCriterion;
import org.dualimpact.kernel.scoring.SocialValueMethod;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.scoring.Weights;
import org.dualimpact.kernel.tender.TenderReference;

/** The storage shape of a tender's scoring setup. */
@Entity
@Table(name = "TENDER_SCORING")
public class TenderScoringEntity {

    @Id
    @Column(name = "TENDER_REF", length = 30)
    String tender;

    @Column(name = "PRICE_WEIGHT", nullable = false, precision = 5, scale = 2)
    BigDecimal priceWeight;

    @Column(name = "QUALITY_WEIGHT", nullable = false, precision = 5, scale = 2)
    BigDecimal qualityWeight;

    @Column(name = "SV_WEIGHT", nullable = false, precision = 5, scale = 2)
    BigDecimal socialValueWeight;

    @Column(name = "METHOD", nullable = false, length = 16)
    String method;

    @Column(name = "PER_POUND", nullable = false)
    boolean perPound;

    @Column(name = "CATALOGUE_ID", length = 40)
    String catalogue;

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

    @Column(name = "LAST_CHANGE", nullable = false)
    Instant lastChange;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TENDER_SCALE_BAND", joinColumns = @JoinColumn(name = "TENDER_REF"))
    List<BandRow> bands = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TENDER_SV_CRITERION", joinColumns = @JoinColumn(name = "TENDER_REF"))
    List<CriterionRow> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TENDER_CRITERION_MEASURE", joinColumns = @JoinColumn(name = "TENDER_REF"))
    List<MeasureRow> measures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TENDER_EVALUATOR", joinColumns = @JoinColumn(name = "TENDER_REF"))
    @Column(name = "USER_ID", length = 200)
    Set<String> evaluators = new HashSet<>();

    /** One band of the marking scale. */
    @Embeddable
    public static class BandRow {
        @Column(name = "MARK", nullable = false)
        int mark;
        @Column(name = "DESCRIPTION", nullable = false, length = 1000)
        String description;

        protected BandRow() {
        }

        BandRow(ScaleBand band) {
            mark = band.mark();
            description = band.description();
        }
    }

    /** One social value criterion. */
    @Embeddable
    public static class CriterionRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "FRAMEWORK_ID", nullable = false, length = 40)
        String framework;
        @Column(name = "FRAMEWORK_KEY", nullable = false, length = 40)
        String frameworkKey;
        @Column(name = "FRAMEWORK_LABEL", nullable = false, length = 400)
        String frameworkLabel;
        @Column(name = "CRITERION_ID", nullable = false, length = 40)
        String criterion;
        @Column(name = "TITLE", nullable = false, length = 1000)
        String title;
        @Column(name = "PROVISIONAL", nullable = false)
        boolean provisional;
        @Column(name = "WEIGHT", nullable = false, precision = 5, scale = 2)
        BigDecimal weight;

        protected CriterionRow() {
        }

        CriterionRow(int position, ScoringCriterion c) {
            this.position = position;
            framework = c.framework().value();
            frameworkKey = c.frameworkKey();
            frameworkLabel = c.frameworkLabel();
            criterion = c.criterionId();
            title = c.title();
            provisional = c.provisional();
            weight = c.weight();
        }
    }

    /** One measure counted towards one criterion. */
    @Embeddable
    public static class MeasureRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "SEQ_NO", nullable = false)
        int seq;
        @Column(name = "CODE", nullable = false, length = 40)
        String code;

        protected MeasureRow() {
        }

        MeasureRow(int position, int seq, String code) {
            this.position = position;
            this.seq = seq;
            this.code = code;
        }
    }

    protected TenderScoringEntity() {
    }

    TenderScoringEntity(TenderScoring scoring) {
        tender = scoring.tender().value();
        copyState(scoring);
    }

    final void copyState(TenderScoring s) {
        priceWeight = s.weights().price();
        qualityWeight = s.weights().quality();
        socialValueWeight = s.weights().socialValue();
        method = s.method().name();
        perPound = s.perPound();
        catalogue = s.catalogue().map(CatalogueId::value).orElse(null);
        deadweight = s.adjustments().deadweight();
        displacement = s.adjustments().displacement();
        attribution = s.adjustments().attribution();
        dropOff = s.adjustments().dropOff();
        benefitYears = s.benefitYears();
        Instant now = Instant.now();
        lastChange = lastChange == null || now.isAfter(lastChange) ? now : lastChange.plusMillis(1);
        bands.clear();
        s.scale().bands().forEach(b -> bands.add(new BandRow(b)));
        criteria.clear();
        measures.clear();
        for (int i = 0; i < s.criteria().size(); i++) {
            ScoringCriterion c = s.criteria().get(i);
            criteria.add(new CriterionRow(i, c));
            for (int j = 0; j < c.measures().size(); j++) {
                measures.add(new MeasureRow(i, j, c.measures().get(j)));
            }
        }
        evaluators.clear();
        evaluators.addAll(s.evaluators());
    }

    TenderScoring toDomain() {
        List<ScoringCriterion> list = criteria.stream().sorted(Comparator.comparingInt(c -> c.position))
                .map(c -> new ScoringCriterion(new ValueFrameworkId(c.framework), c.frameworkKey, c.frameworkLabel, c.criterion,
                        c.title, c.provisional, c.weight, measures.stream().filter(m -> m.position == c.position)
                                .sorted(Comparator.comparingInt(m -> m.seq)).map(m -> m.code).toList()))
                .toList();
        MarkingScale scale = new MarkingScale(bands.stream().sorted(Comparator.comparingInt(b -> b.mark))
                .map(b -> new ScaleBand(b.mark, b.description)).toList());
        return new TenderScoring(new TenderReference(tender), new Weights(priceWeight, qualityWeight, socialValueWeight),
                SocialValueMethod.valueOf(method), perPound, scale, list, Optional.ofNullable(catalogue).map(CatalogueId::new),
                new Adjustments(deadweight, displacement, attribution, dropOff), benefitYears, evaluators, version);
    }
}
