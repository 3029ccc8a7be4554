package org.dualimpact.persistence.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.scoring.Bid;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.scoring.Consensus;
import org.dualimpact.kernel.scoring.Mark;
import org.dualimpact.kernel.scoring.ValuedCommitment;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;

/** The storage shape of a bid: its row, SPOs, provisions, frozen commitment values, marks and consensus. */
@Entity
@Table(name = "BID")
public class BidEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "TENDER_REF", nullable = false, length = 30)
    String tender;

    @Column(name = "SUPPLIER_ID", nullable = false, length = 40)
    String supplier;

    @Column(name = "PRICE", nullable = false, precision = 15, scale = 2)
    BigDecimal price;

    @Column(name = "EVIDENCE", nullable = false, length = 2000)
    String evidence;

    @Column(name = "QUALITY", precision = 5, scale = 2)
    BigDecimal quality;

    @Column(name = "SUBMITTED_AT", nullable = false)
    Instant submittedAt;

    @Column(name = "SUBMITTED_BY", nullable = false, length = 200)
    String submittedBy;

    @Column(name = "LAST_CHANGE", nullable = false)
    Instant lastChange;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "BID_SPO", joinColumns = @JoinColumn(name = "BID_ID"))
    List<SpoRow> spos = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "BID_PROVISION", joinColumns = @JoinColumn(name = "BID_ID"))
    @Column(name = "PROVISION_ID", length = 40)
    Set<String> provisions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "BID_COMMITMENT", joinColumns = @JoinColumn(name = "BID_ID"))
    List<CommitmentRow> commitments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "BID_MARK", joinColumns = @JoinColumn(name = "BID_ID"))
    List<MarkRow> marks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "BID_CONSENSUS", joinColumns = @JoinColumn(name = "BID_ID"))
    List<ConsensusRow> consensus = new ArrayList<>();

    /** One SPO of the bid. */
    @Embeddable
    public static class SpoRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "SPO_REF", nullable = false, length = 30)
        String spo;

        protected SpoRow() {
        }

        SpoRow(int position, String spo) {
            this.position = position;
            this.spo = spo;
        }
    }

    /** One frozen commitment value. */
    @Embeddable
    public static class CommitmentRow {
        @Column(name = "POSITION_NO", nullable = false)
        int position;
        @Column(name = "SPO_REF", nullable = false, length = 30)
        String spo;
        @Column(name = "LINE_NO", nullable = false)
        int line;
        @Column(name = "CONTRIBUTION_TYPE", nullable = false, length = 16)
        String type;
        @Column(name = "MEASURE_CODE", nullable = false, length = 40)
        String measure;
        @Column(name = "QUANTITY", nullable = false, precision = 19, scale = 3)
        BigDecimal quantity;
        @Column(name = "UNIT", nullable = false, length = 40)
        String unit;
        @Column(name = "DECLARED_VALUE", precision = 15, scale = 2)
        BigDecimal declaredValue;
        @Column(name = "TERRITORY_CODE", nullable = false, length = 16)
        String territory;
        @Column(name = "POSTCODE_DISTRICT", length = 8)
        String postcodeDistrict;
        @Column(name = "COMMITMENT_DATE", nullable = false)
        LocalDate commitmentDate;
        @Column(name = "CATALOGUE_ID", length = 40)
        String catalogue;
        @Column(name = "CATALOGUE_LABEL", length = 400)
        String catalogueLabel;
        @Column(name = "MEASURE_TITLE", length = 500)
        String measureTitle;
        @Column(name = "PROXY_YEAR")
        Integer proxyYear;
        @Column(name = "PROXY_GBP", precision = 19, scale = 4)
        BigDecimal proxyGbp;
        @Column(name = "PROXY_SOURCE", length = 500)
        String proxySource;
        @Column(name = "DEADWEIGHT", nullable = false, precision = 9, scale = 4)
        BigDecimal deadweight;
        @Column(name = "DISPLACEMENT", nullable = false, precision = 9, scale = 4)
        BigDecimal displacement;
        @Column(name = "ATTRIBUTION_SHARE", nullable = false, precision = 9, scale = 4)
        BigDecimal attribution;
        @Column(name = "DROP_OFF", nullable = false, precision = 9, scale = 4)
        BigDecimal dropOff;
        @Column(name = "BENEFIT_YEARS", nullable = false)
        int benefitYears;
        @Column(name = "LOCAL_WEIGHT", nullable = false, precision = 6, scale = 2)
        BigDecimal localWeight;
        @Column(name = "BASIS", nullable = false, precision = 19, scale = 3)
        BigDecimal basis;
        @Column(name = "GROSS_VALUE", precision = 21, scale = 2)
        BigDecimal grossValue;
        @Column(name = "NET_VALUE", precision = 21, scale = 2)
        BigDecimal netValue;
        @Column(name = "INSIDE_TERRITORY", nullable = false)
        boolean insideTerritory;

        protected CommitmentRow() {
        }

        CommitmentRow(int position, ValuedCommitment c) {
            this.position = position;
            spo = c.spo().value();
            line = c.line();
            type = c.type().name();
            measure = c.measureCode();
            quantity = c.quantity();
            unit = c.unit();
            declaredValue = c.declaredValue() == null ? null : c.declaredValue().amount();
            territory = c.territory();
            postcodeDistrict = c.postcodeDistrict();
            commitmentDate = c.commitmentDate();
            if (c.proxy() != null) {
                catalogue = c.proxy().catalogue().value();
                catalogueLabel = c.proxy().catalogueLabel();
                measureTitle = c.proxy().measureTitle();
                proxyYear = c.proxy().year();
                proxyGbp = c.proxy().gbpPerUnit();
                proxySource = c.proxy().source();
            }
            deadweight = c.adjustments().deadweight();
            displacement = c.adjustments().displacement();
            attribution = c.adjustments().attribution();
            dropOff = c.adjustments().dropOff();
            benefitYears = c.benefitYears();
            localWeight = c.localWeight();
            basis = c.basis();
            grossValue = c.grossValue();
            netValue = c.netValue();
            insideTerritory = c.insideTerritory();
        }

        ValuedCommitment toDomain() {
            ValuedCommitment.Proxy proxy = catalogue == null ? null : new ValuedCommitment.Proxy(new CatalogueId(catalogue),
                    catalogueLabel, measureTitle, proxyYear, proxyGbp.stripTrailingZeros(), proxySource);
            return new ValuedCommitment(new SpoReference(spo), line, ContributionType.valueOf(type), measure,
                    quantity.stripTrailingZeros(), unit, declaredValue == null ? null : new Money(declaredValue), territory,
                    postcodeDistrict, commitmentDate, proxy, new Adjustments(deadweight, displacement, attribution, dropOff),
                    benefitYears, localWeight.stripTrailingZeros(), basis.stripTrailingZeros(), grossValue, netValue,
                    insideTerritory);
        }
    }

    /** One evaluator's mark. */
    @Embeddable
    public static class MarkRow {
        @Column(name = "CRITERION_ID", nullable = false, length = 40)
        String criterion;
        @Column(name = "EVALUATOR", nullable = false, length = 200)
        String evaluator;
        @Column(name = "MARK", nullable = false)
        int mark;
        @Column(name = "NOTE", nullable = false, length = 2000)
        String note;
        @Column(name = "MARKED_AT", nullable = false)
        Instant at;

        protected MarkRow() {
        }

        MarkRow(Mark m) {
            criterion = m.criterionId();
            evaluator = m.evaluator();
            mark = m.mark();
            note = m.note();
            at = m.at();
        }
    }

    /** One consensus mark. */
    @Embeddable
    public static class ConsensusRow {
        @Column(name = "CRITERION_ID", nullable = false, length = 40)
        String criterion;
        @Column(name = "MARK", nullable = false)
        int mark;
        @Column(name = "MODERATOR", nullable = false, length = 200)
        String moderator;
        @Column(name = "NOTE", nullable = false, length = 2000)
        String note;
        @Column(name = "AGREED_AT", nullable = false)
        Instant at;

        protected ConsensusRow() {
        }

        ConsensusRow(Consensus c) {
            criterion = c.criterionId();
            mark = c.mark();
            moderator = c.moderator();
            note = c.note();
            at = c.at();
        }
    }

    protected BidEntity() {
    }

    BidEntity(Bid bid) {
        id = bid.id().value();
        tender = bid.tender().value();
        supplier = bid.supplier().value();
        price = bid.price().amount();
        evidence = bid.evidence();
        submittedAt = bid.submittedAt();
        submittedBy = bid.submittedBy();
        for (int i = 0; i < bid.spos().size(); i++) {
            spos.add(new SpoRow(i, bid.spos().get(i).value()));
        }
        bid.provisions().forEach(p -> provisions.add(p.value()));
        for (int i = 0; i < bid.commitments().size(); i++) {
            commitments.add(new CommitmentRow(i, bid.commitments().get(i)));
        }
        copyState(bid);
    }

    /** The parts of a bid that change after registration: quality score, marks, consensus. */
    final void copyState(Bid bid) {
        quality = bid.quality().orElse(null);
        Instant now = Instant.now();
        lastChange = lastChange == null || now.isAfter(lastChange) ? now : lastChange.plusMillis(1);
        marks.clear();
        bid.marks().forEach(m -> marks.add(new MarkRow(m)));
        consensus.clear();
        bid.consensus().forEach(c -> consensus.add(new ConsensusRow(c)));
    }

    Bid toDomain() {
        return new Bid(new BidId(id), new TenderReference(tender), new OrganisationId(supplier), new Money(price),
                spos.stream().sorted(Comparator.comparingInt(s -> s.position)).map(s -> new SpoReference(s.spo)).toList(),
                evidence, provisions.stream().map(ProvisionId::new).collect(Collectors.toSet()),
                commitments.stream().sorted(Comparator.comparingInt(c -> c.position)).map(CommitmentRow::toDomain).toList(),
                submittedAt, submittedBy, quality,
                marks.stream().sorted(Comparator.comparing((MarkRow m) -> m.at).thenComparing(m -> m.evaluator))
                        .map(m -> new Mark(m.criterion, m.evaluator, m.mark, m.note, m.at)).toList(),
                consensus.stream().sorted(Comparator.comparing((ConsensusRow c) -> c.criterion))
                        .map(c -> new Consensus(c.criterion, c.mark, c.moderator, c.note, c.at)).toList(),
                version);
    }
}
