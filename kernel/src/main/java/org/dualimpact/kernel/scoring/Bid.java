package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * A supplier's bid to a tender: its price, its social value — the SPOs it submitted to the tender,
 * valued and frozen when the bid was registered, or a reference to other evidence (another social
 * value proposition, marked on what it references, with no proxy figures) — the quality score the
 * buyer enters, and the evaluators' marks and moderated consensus per criterion.
 *
 * <p>Rules: a bid carries at least one SPO or an evidence reference; one bid per supplier and tender;
 * an evaluator has one mark per criterion (a new one replaces it) and every individual mark is kept
 * beside the consensus; quality lies from 0 to 100 (% of the quality available).
 */
public final class Bid {

    private final BidId id;
    private final TenderReference tender;
    private final OrganisationId supplier;
    private final Money price;
    private final List<SpoReference> spos;
    private final String evidence;
    private final Set<ProvisionId> provisions;
    private final List<ValuedCommitment> commitments;
    private final Instant submittedAt;
    private final String submittedBy;
    private BigDecimal quality;
    private final List<Mark> marks;
    private final List<Consensus> consensus;
    private long version;

    public Bid(BidId id, TenderReference tender, OrganisationId supplier, Money price, List<SpoReference> spos, String evidence,
            Set<ProvisionId> provisions, List<ValuedCommitment> commitments, Instant submittedAt, String submittedBy,
            BigDecimal quality, List<Mark> marks, List<Consensus> consensus, long version) {
        this.id = Objects.requireNonNull(id);
        this.tender = Objects.requireNonNull(tender);
        this.supplier = Objects.requireNonNull(supplier);
        this.price = Objects.requireNonNull(price, "price is required").requireNotNegative("price");
        this.spos = List.copyOf(spos);
        this.evidence = Validation.optionalText(evidence, "evidence", 2000);
        if (this.spos.isEmpty() && this.evidence.isEmpty()) {
            throw new IllegalArgumentException("a bid carries at least one SPO or a reference to other social value evidence");
        }
        this.provisions = Set.copyOf(provisions);
        this.commitments = List.copyOf(commitments);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.quality = quality(quality);
        this.marks = new ArrayList<>(marks);
        this.consensus = new ArrayList<>(consensus);
        this.version = version;
    }

    static BigDecimal quality(BigDecimal quality) {
        if (quality == null) {
            return null;
        }
        if (quality.signum() < 0 || quality.compareTo(Weights.HUNDRED) > 0 || quality.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("quality is a score from 0 to 100 (% of the quality available), at most 2 decimals");
        }
        return quality.stripTrailingZeros().scale() < 0 ? quality.setScale(0) : quality.stripTrailingZeros();
    }

    public void setQuality(BigDecimal score) {
        quality = quality(Objects.requireNonNull(score, "quality is required"));
    }

    /** Records (or replaces) one evaluator's mark of a criterion. */
    public void mark(Mark mark) {
        marks.removeIf(m -> m.criterionId().equals(mark.criterionId()) && m.evaluator().equals(mark.evaluator()));
        marks.add(mark);
    }

    /** Records (or replaces) the consensus mark of a criterion. */
    public void consensus(Consensus agreed) {
        consensus.removeIf(c -> c.criterionId().equals(agreed.criterionId()));
        consensus.add(agreed);
    }

    /** Evidence only: no SPO, marked on the referenced proposition. */
    public boolean evidenceOnly() {
        return spos.isEmpty();
    }

    public BidId id() {
        return id;
    }

    public TenderReference tender() {
        return tender;
    }

    public OrganisationId supplier() {
        return supplier;
    }

    public Money price() {
        return price;
    }

    public List<SpoReference> spos() {
        return spos;
    }

    public String evidence() {
        return evidence;
    }

    public Set<ProvisionId> provisions() {
        return provisions;
    }

    public List<ValuedCommitment> commitments() {
        return commitments;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Optional<BigDecimal> quality() {
        return Optional.ofNullable(quality);
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    public List<Consensus> consensus() {
        return List.copyOf(consensus);
    }

    public Optional<Consensus> consensusOf(String criterionId) {
        return consensus.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
    }

    public long version() {
        return version;
    }

    public void markStored(long storedVersion) {
        this.version = storedVersion;
    }
}
